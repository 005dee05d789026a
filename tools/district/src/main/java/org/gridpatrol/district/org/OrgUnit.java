package org.gridpatrol.district.org;

/** One node of the organisation tree, as stored in {@code org_unit} (the path is the database's business). */
public record OrgUnit(long id, Long parentId, Kind kind, String name, String code) {

    public enum Kind { BUREAU, BRIGADE, SQUAD }
}

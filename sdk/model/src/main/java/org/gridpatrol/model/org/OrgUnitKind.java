package org.gridpatrol.model.org;

/** The levels of the organisation tree: bureau (局) ▸ brigade (大队) ▸ squad (中队). */
public enum OrgUnitKind {
    BUREAU, BRIGADE, SQUAD
}

package org.gridpatrol.model.org;

/**
 * Body of {@code POST /api/v1/org-units}.
 *
 * @param parentId the unit above; null only for a root bureau
 * @param kind     bureau, brigade or squad
 * @param name     display name
 * @param code     organisation code, unique
 */
public record NewOrgUnit(Long parentId, OrgUnitKind kind, String name, String code) {
}

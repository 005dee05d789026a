package org.gridpatrol.model.org;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/org-units/{id}/move}: the unit and its whole subtree go under a new parent.
 *
 * @param parentId          the new parent; null makes a bureau a root
 * @param expectedUpdatedAt the {@code updatedAt} the caller read, or null to skip the check
 */
public record OrgUnitMove(Long parentId, Instant expectedUpdatedAt) {
}

package org.gridpatrol.model.org;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/org-units/{id}/rename}.
 *
 * @param name              the new name
 * @param expectedUpdatedAt the {@code updatedAt} the caller read; when given and no longer current the
 *                          rename is refused (409); null skips the check
 */
public record OrgUnitRename(String name, Instant expectedUpdatedAt) {
}

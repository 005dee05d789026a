package org.gridpatrol.model.org;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An org unit as the API shows it.
 *
 * @param id        its id
 * @param parentId  the unit above it; null for a root bureau
 * @param kind      bureau, brigade or squad
 * @param name      display name
 * @param code      organisation code, unique among all units (active or not)
 * @param path      ids from the root, e.g. {@code /1/4/9/}; a subtree is every path it prefixes
 * @param active    false once deactivated (units are never deleted)
 * @param createdAt when it was created
 * @param updatedAt when it last changed; send it back as {@code expectedUpdatedAt} to refuse stale edits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrgUnit(long id, Long parentId, OrgUnitKind kind, String name, String code, String path,
                      boolean active, Instant createdAt, Instant updatedAt) {
}

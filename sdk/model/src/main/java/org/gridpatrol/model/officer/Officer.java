package org.gridpatrol.model.officer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A patrol officer (队员) as the API shows him.
 *
 * @param id        his id
 * @param badgeNo   badge number, unique
 * @param name      his name
 * @param phone     his phone number, or null
 * @param squadId   the squad he belongs to now
 * @param userId    his login account for the mobile app, or null
 * @param active    false once deactivated
 * @param createdAt when he was created
 * @param updatedAt when he last changed; send it back as {@code expectedUpdatedAt} to refuse stale edits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Officer(long id, String badgeNo, String name, String phone, long squadId, Long userId,
                      boolean active, Instant createdAt, Instant updatedAt) {
}

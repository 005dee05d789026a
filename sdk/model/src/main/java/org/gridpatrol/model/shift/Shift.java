package org.gridpatrol.model.shift;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A named working-time schedule (班次) of an org unit.
 *
 * @param id        its id
 * @param orgUnitId the org unit that defines it; it is available to that unit's subtree
 * @param name      its name, unique within the org unit
 * @param active    false once deactivated
 * @param windows   its weekly windows, by weekday then start
 * @param createdAt when it was created
 * @param updatedAt when it last changed; send it back as {@code expectedUpdatedAt} to refuse stale edits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Shift(long id, long orgUnitId, String name, boolean active, List<ShiftWindow> windows,
                    Instant createdAt, Instant updatedAt) {
}

package org.gridpatrol.model.assignment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An officer, or a whole squad, made responsible for a grid over [validFrom, validTo).
 * Exactly one of {@code officerId} and {@code squadId} is set.
 *
 * @param id        its id
 * @param officerId the officer assigned, or null
 * @param squadId   the squad assigned (all its members at any time), or null
 * @param gridId    the grid
 * @param shiftId   the shift whose windows limit it; null: whenever the officer is on duty
 * @param validFrom start, inclusive
 * @param validTo   end, exclusive; null: open-ended
 * @param createdAt when it was made
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assignment(long id, Long officerId, Long squadId, long gridId, Long shiftId,
                         Instant validFrom, Instant validTo, Instant createdAt) {
}

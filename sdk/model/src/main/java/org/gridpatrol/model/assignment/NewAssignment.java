package org.gridpatrol.model.assignment;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/assignments}: exactly one of {@code officerId} and {@code squadId}.
 *
 * @param officerId the officer to assign, or null
 * @param squadId   the squad to assign, or null
 * @param gridId    the grid
 * @param shiftId   a shift available to the assignee's squad, or null for no schedule
 * @param validFrom start, inclusive; null: now
 * @param validTo   end, exclusive, after validFrom; null: open-ended
 */
public record NewAssignment(Long officerId, Long squadId, Long gridId, Long shiftId,
                            Instant validFrom, Instant validTo) {
}

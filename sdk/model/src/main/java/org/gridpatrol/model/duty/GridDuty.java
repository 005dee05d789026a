package org.gridpatrol.model.duty;

import java.time.Instant;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/duty/grids/{gridId}/on-duty?at=}.
 *
 * @param gridId   the grid
 * @param gridName its name
 * @param at       the instant asked about
 * @param officers the officers on duty there then, by badge number
 */
public record GridDuty(long gridId, String gridName, Instant at, List<OnDutyOfficer> officers) {
}

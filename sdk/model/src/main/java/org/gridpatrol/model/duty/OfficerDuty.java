package org.gridpatrol.model.duty;

import java.time.Instant;
import java.util.List;

/**
 * Answer of {@code GET /api/v1/duty/officers/{id}/grids?at=}.
 *
 * @param officerId the officer
 * @param at        the instant asked about
 * @param grids     the grids he is responsible for then, by grid id
 */
public record OfficerDuty(long officerId, Instant at, List<DutyGrid> grids) {
}

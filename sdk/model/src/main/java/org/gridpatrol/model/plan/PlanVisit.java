package org.gridpatrol.model.plan;

import java.time.Instant;

/**
 * A visit judged for a plan ({@code GET /api/v1/plans/{id}/visits}).
 *
 * @param id           its id
 * @param checkpointId the checkpoint
 * @param officerId    who
 * @param at           when (device time for a check-in, arrival for a stay)
 * @param source       CHECKIN or TRACK
 * @param counted      whether it counted for the plan
 * @param reason       why not, when it did not
 */
public record PlanVisit(long id, long checkpointId, long officerId, Instant at, String source, boolean counted,
                        String reason) {
}

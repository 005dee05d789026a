package org.gridpatrol.model.plan;

import java.time.LocalTime;

/**
 * A checkpoint of a plan, at its place in the order, with an optional daily window.
 *
 * @param checkpointId the checkpoint
 * @param ordinal      1, 2, ... (the visiting order when the plan forces it)
 * @param windowStart  local wall-clock opening, or null
 * @param windowEnd    closing, by when it must be visited; at or before the opening it crosses midnight
 */
public record PlanStop(Long checkpointId, Integer ordinal, LocalTime windowStart, LocalTime windowEnd) {
}

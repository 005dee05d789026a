package org.gridpatrol.engine.checkpoint;

import java.time.LocalTime;

/**
 * One checkpoint of a plan, at its place in the visiting order.
 *
 * @param ordinal      1, 2, ... (the order of a forced-order plan)
 * @param checkpointId the checkpoint
 * @param windowStart  daily window opening (local wall-clock), or null for "any time of the round"
 * @param windowEnd    daily window closing; at or before the opening it crosses midnight
 */
public record Stop(int ordinal, long checkpointId, LocalTime windowStart, LocalTime windowEnd) {

    /** @return true when the stop has a daily window */
    public boolean windowed() {
        return windowStart != null && windowEnd != null;
    }
}

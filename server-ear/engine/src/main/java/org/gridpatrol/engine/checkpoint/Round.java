package org.gridpatrol.engine.checkpoint;

import java.time.Instant;

/**
 * One pass of a plan: every checkpoint is due once between start and end (a frequency slot, or a
 * calendar day when the plan has no frequency).
 *
 * @param start first instant of the round
 * @param end   first instant after it
 */
public record Round(Instant start, Instant end) {

    /** @return true when the instant lies in [start, end) */
    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}

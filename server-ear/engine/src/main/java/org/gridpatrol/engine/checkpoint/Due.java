package org.gridpatrol.engine.checkpoint;

import java.time.Instant;

/**
 * When a stop may be visited in one round, and by when it must have been.
 *
 * @param stop     the stop
 * @param opens    first instant a visit counts
 * @param deadline first instant it no longer does: the stop is missed if not visited by then
 */
public record Due(Stop stop, Instant opens, Instant deadline) {

    /** @return true when a visit at t falls inside the stop's time in the round */
    public boolean admits(Instant t) {
        return !t.isBefore(opens) && t.isBefore(deadline);
    }
}

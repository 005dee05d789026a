package org.gridpatrol.simulator.misbehaviour;

import java.time.Instant;

/**
 * One scripted misbehaviour as the journal records it: who, what, and the interval in which the
 * condition was really there (for a walk, from arriving to leaving; the way there and back is not
 * in it).
 *
 * @param officerId the officer's id on the server
 * @param badge     his badge number
 * @param kind      what he did
 * @param start     when it began, simulated (phone) time
 * @param end       when it ended
 * @param detail    where or how, for a human
 * @param cut       whether the end of the run cut it short
 */
public record Episode(long officerId, String badge, Kind kind, Instant start, Instant end, String detail, boolean cut) {

    /** @return whether it lasted long enough for its alarm (see {@link Kind#needs()}) */
    public boolean longEnough() {
        return !java.time.Duration.between(start, end).minus(kind.needs()).isNegative();
    }
}

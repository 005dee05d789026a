package org.gridpatrol.engine.alarm;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything the engine remembers about one officer, as plain values. Services persist it in
 * the same transaction as the fixes and alarms that produced it; restoring it after a restart
 * continues exactly where the engine stopped, so no alarm is repeated or lost.
 *
 * @param officerId     whose state
 * @param onDuty        whether the last fix found the officer on duty
 * @param lastOnDuty    time of the last on-duty fix; null if none
 * @param lastOnDutySeq its seq
 * @param track         ordering, jump filter and noise watch
 * @param stillCircle   the circle the still rule is measuring
 * @param crossZone     the cross-zone dwell
 * @param offPost       the off-post dwell
 * @param still         the still dwell
 * @param fakeLocation  the fake-location dwell
 */
public record OfficerSnapshot(long officerId, boolean onDuty, Instant lastOnDuty, long lastOnDutySeq,
                              TrackState track, StillCircleState stillCircle,
                              DwellState crossZone, DwellState offPost, DwellState still,
                              DwellState fakeLocation) {

    public OfficerSnapshot {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(stillCircle, "stillCircle");
        Objects.requireNonNull(crossZone, "crossZone");
        Objects.requireNonNull(offPost, "offPost");
        Objects.requireNonNull(still, "still");
        Objects.requireNonNull(fakeLocation, "fakeLocation");
    }
}

package org.gridpatrol.engine.alarm;

import java.time.Instant;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.GridIndex;

/**
 * One officer's state machines and the order a fix goes through them:
 * order ▸ duty ▸ jump filter ▸ zone and still rules ▸ fake-location evidence.
 * Not thread-safe: the engine serialises calls per officer.
 */
final class OfficerWatch {

    private static final long NONE = Long.MIN_VALUE;
    /**
     * A phone counts as silent once no upload has reached the server for this long. Only then may
     * a clock tick end its duty: a phone still uploading, however old its fixes (a backlog sent in
     * batches), ends the duty with its own off-duty fix, and its on-duty fixes are still judged.
     */
    static final long SILENT_AFTER_MILLIS = java.time.Duration.ofMinutes(1).toMillis();

    private final GridIndex grids;
    private Assignment assignment;
    private long[] ownGrids;
    private AlarmThresholds thresholds;

    private boolean onDuty;
    private long lastOnDuty = NONE;
    private long lastOnDutySeq;
    /** Server time the last upload arrived; not persisted: after a restart the phone counts as silent. */
    private long lastReceivedAt = NONE;
    private final FixOrder order = new FixOrder();
    private JumpFilter jumps;
    private final NoiseWatch noise = new NoiseWatch();
    private CrossZoneRule crossZone;
    private OffPostRule offPost;
    private StillRule still;
    private FakeLocationRule fake;

    OfficerWatch(GridIndex grids, Assignment assignment) {
        this.grids = grids;
        reassign(assignment);
    }

    /**
     * New grids, duty or thresholds take effect from the next fix. Streaks and open alarms carry
     * over: their state is made of times, which mean the same under any threshold.
     */
    void reassign(Assignment next) {
        this.assignment = next;
        this.ownGrids = next.ownGridArray();
        if (thresholds == null) {
            adopt(next.rules().at(ownGrids.length == 0 ? ThresholdSchedule.NO_GRID : ownGrids[0], Long.MIN_VALUE));
        }
    }

    /** Switches to other thresholds, rebuilding the rules around the state they had. */
    private void adopt(AlarmThresholds next) {
        if (next == thresholds || next.equals(thresholds)) {
            return;
        }
        OfficerSnapshot carried = thresholds != null ? snapshot() : null;
        this.thresholds = next;
        this.jumps = new JumpFilter(thresholds);
        this.crossZone = new CrossZoneRule(thresholds);
        this.offPost = new OffPostRule(thresholds);
        this.still = new StillRule(thresholds);
        this.fake = new FakeLocationRule(thresholds);
        if (carried != null) {
            restore(carried);
        }
    }

    /**
     * The own grid whose thresholds judge a fix: the one it lies in, else the first. With one
     * grid (the usual case) no geometry is looked at.
     */
    private long gridOf(Fix f) {
        if (ownGrids.length <= 1) {
            return ownGrids.length == 0 ? ThresholdSchedule.NO_GRID : ownGrids[0];
        }
        for (long id : ownGrids) {
            if (grids.contains(id, f.lon(), f.lat())) {
                return id;
            }
        }
        return ownGrids[0];
    }

    AlarmThresholds thresholds() {
        return thresholds;
    }

    void accept(Fix f, long receivedAt, EventSink out) {
        lastReceivedAt = Math.max(lastReceivedAt, receivedAt);
        adopt(assignment.rules().at(gridOf(f), f.millis()));
        if (f.millis() - receivedAt > thresholds.maxClockSkew().toMillis()) {
            fromTheFuture(f, receivedAt, out);
            return;
        }
        FixOrder.Verdict verdict = order.classify(f);
        if (verdict == FixOrder.Verdict.DUPLICATE) {
            return;
        }
        if (verdict == FixOrder.Verdict.STALE) {
            if (onDuty && order.inverted(f)) {
                // Reported at the later time of the pair, which is when the evidence really arose.
                out.triggeredBy(order.lastMillis());
                fake.sign(FakeSign.TIME_BACKWARDS, order.lastMillis(), order.lastSeq(), f.seq(), out);
                fake.endOfFix(f, out);
            }
            return;
        }
        out.triggeredBy(f.millis());
        boolean inverted = order.inverted(f);
        long previousSeq = order.lastSeq();
        order.advance(f);
        if (!assignment.duty().onDuty(f.time())) {
            if (onDuty) {
                endDuty(f.millis(), out);
            }
            return;
        }
        noteOnDuty(f.millis(), f.seq());

        jumps.observe(f, (fix, jump, from) -> {
            if (jump != null) {
                fake.sign(jump, fix.millis(), from.seq(), fix.seq(), out);
            }
            ZoneReading zone = ZoneReading.of(grids, ownGrids, fix.lon(), fix.lat(),
                    thresholds.toleranceFor(fix.accuracy()));
            crossZone.observe(fix, zone, out);
            offPost.observe(fix, zone, out);
            still.observe(fix, out);
        });
        if (inverted) {
            fake.sign(FakeSign.TIME_BACKWARDS, f.millis(), f.seq(), previousSeq, out);
        }
        if (f.mock()) {
            fake.sign(FakeSign.MOCK_PROVIDER, f.millis(), f.seq(), f.seq(), out);
        }
        if (noise.observe(f, thresholds.noNoiseFixes())) {
            fake.sign(FakeSign.NO_NOISE, f.millis(), noise.firstSeq(), f.seq(), out);
        }
        fake.endOfFix(f, out);
    }

    /**
     * A fix dated ahead of the server's receive time cannot be placed in time, so it drives no
     * rule; it is only evidence against the device clock, dated by the server's clock.
     */
    private void fromTheFuture(Fix f, long receivedAt, EventSink out) {
        if (!assignment.duty().onDuty(Instant.ofEpochMilli(receivedAt))) {
            return;
        }
        long at = Math.max(receivedAt, Math.max(order.lastMillis(), lastOnDuty));
        noteOnDuty(at, f.seq());
        out.triggeredBy(receivedAt);
        fake.sign(FakeSign.CLOCK_SKEW, at, f.seq(), f.seq(), out);
        fake.endOfFix(f, out);
    }

    private void noteOnDuty(long at, long seq) {
        onDuty = true;
        lastOnDuty = at;
        lastOnDutySeq = seq;
    }

    /**
     * A clock tick: closes what is open when duty has ended without an off-duty fix to say so, but
     * only for a silent phone (see {@link #SILENT_AFTER_MILLIS}).
     */
    void tick(Instant now, EventSink out) {
        long t = now.toEpochMilli();
        boolean silent = lastReceivedAt == NONE || t - lastReceivedAt >= SILENT_AFTER_MILLIS;
        if (onDuty && silent && t > lastOnDuty && !assignment.duty().onDuty(now)) {
            out.triggeredBy(t);
            endDuty(t, out);
        }
    }

    private void endDuty(long offAt, EventSink out) {
        long end = assignment.duty()
                .dutyEndBetween(Instant.ofEpochMilli(lastOnDuty), Instant.ofEpochMilli(offAt)).toEpochMilli();
        boolean closed = crossZone.dwell.closeAt(end, lastOnDutySeq, out);
        closed |= offPost.dwell.closeAt(end, lastOnDutySeq, out);
        closed |= still.dwell.closeAt(end, lastOnDutySeq, out);
        closed |= fake.dwell.closeAt(end, lastOnDutySeq, out);
        still.reset();
        jumps.reset();
        noise.reset();
        onDuty = false;
        if (closed) {
            // Fixes of the closed duty arriving later must not reopen what was closed. When nothing
            // was open, a backlog of that duty (a phone offline past its end) is still judged.
            order.ignoreBefore(end);
        }
    }

    OfficerSnapshot snapshot() {
        TrackState track = new TrackState(instant(order.lastMillis()), order.lastSeq(),
                instant(order.ignoreBeforeMillis()), jumps.anchor(), jumps.anchorConfirmed(), jumps.suspect(),
                noise.lon(), noise.lat(), noise.count(), noise.firstSeq());
        return new OfficerSnapshot(assignment.officerId(), onDuty, instant(lastOnDuty), lastOnDutySeq, track,
                still.circle.state(), crossZone.dwell.state(), offPost.dwell.state(), still.dwell.state(),
                fake.dwell.state());
    }

    void restore(OfficerSnapshot s) {
        onDuty = s.onDuty();
        lastOnDuty = millis(s.lastOnDuty());
        lastOnDutySeq = s.lastOnDutySeq();
        TrackState t = s.track();
        order.restore(millis(t.lastTime()), t.lastSeq(), millis(t.ignoreBefore()));
        jumps.restore(t.anchor(), t.anchorConfirmed(), t.suspect());
        noise.restore(t.sameLon(), t.sameLat(), t.sameCount(), t.sameFirstSeq());
        still.circle.restore(s.stillCircle());
        crossZone.dwell.restore(s.crossZone());
        offPost.dwell.restore(s.offPost());
        still.dwell.restore(s.still());
        fake.dwell.restore(s.fakeLocation());
    }

    private static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }

    private static long millis(Instant t) {
        return t == null ? NONE : t.toEpochMilli();
    }
}

package org.gridpatrol.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * When one officer's phone clocks in and out: it looks every {@link #EVERY} (phone clock) whether
 * the server has him on duty, and when that changed since the last look, finds the minute it
 * changed (his shift's start or end) by bisection. So an officer whose shift begins after the run
 * started (a night shift) clocks in when it begins, and out when it ends, as a phone would.
 *
 * <p>Not thread-safe; {@link Simulation} asks from one thread at a time.
 */
public final class ShiftClock {

    /** How often the phone looks at the duty. */
    static final Duration EVERY = Duration.ofMinutes(5);

    /** A clock-in or clock-out due at a time (phone clock). */
    public record Punch(boolean in, Instant at) {
    }

    private final Predicate<Instant> onDuty;
    private boolean on;
    private Instant lookedAt;

    /**
     * @param onDutyAtStart whether he was on duty (and clocked in) when the run started
     * @param start         the phones' clock at the start
     * @param onDuty        whether the server has him on duty at an instant
     */
    public ShiftClock(boolean onDutyAtStart, Instant start, Predicate<Instant> onDuty) {
        this.on = onDutyAtStart;
        this.lookedAt = start;
        this.onDuty = onDuty;
    }

    /** @return whether it is time to look again */
    public boolean due(Instant now) {
        return !now.isBefore(lookedAt.plus(EVERY));
    }

    /**
     * Looks at the duty now.
     *
     * @return the clock-in or -out to make, dated at the minute the duty changed, or null
     */
    public Punch look(Instant now) {
        boolean nowOn = onDuty.test(now);
        if (nowOn == on) {
            lookedAt = now;
            return null;
        }
        // the change lies in (lo, hi]: lo still as before, hi as now; a failed look changes nothing
        Instant lo = lookedAt;
        Instant hi = now;
        while (Duration.between(lo, hi).compareTo(Duration.ofMinutes(1)) > 0) {
            Instant mid = lo.plus(Duration.between(lo, hi).dividedBy(2));
            if (onDuty.test(mid) == on) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        on = nowOn;
        lookedAt = now;
        Instant minute = hi.truncatedTo(ChronoUnit.MINUTES);
        return new Punch(nowOn, minute.isBefore(hi) && minute.isAfter(lo) ? minute : hi);
    }

    /** @return whether he is clocked in */
    public boolean clockedIn() {
        return on;
    }
}

package org.gridpatrol.engine.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Hysteresis shared by the rules: an alarm opens when its condition has held continuously for
 * the open dwell and closes when it has been clear continuously for the clear dwell. Time is the
 * fixes' own time, so a late batch gives the same alarms as live data.
 */
final class Dwell {

    private static final long NONE = Long.MIN_VALUE;

    private final AlarmType type;
    private final long openAfter;
    private final long clearAfter;

    private boolean open;
    private long streakStart = NONE;
    private long streakSeq;
    private long openedAt = NONE;
    private String cause;

    Dwell(AlarmType type, Duration openAfter, Duration clearAfter) {
        this.type = type;
        this.openAfter = openAfter.toMillis();
        this.clearAfter = clearAfter.toMillis();
    }

    boolean isOpen() {
        return open;
    }

    /**
     * One observation of the condition at a time.
     *
     * @param fromSeq the seq that starts the evidence if this observation starts a streak
     * @param seq     the seq of the fix observed
     * @param why     the cause to report if this observation starts a condition streak
     */
    void observe(boolean holds, long at, long fromSeq, long seq, String why, EventSink out) {
        boolean streak = open != holds; // closed: the condition holds; open: it is clear
        if (!streak) {
            streakStart = NONE;
            return;
        }
        if (streakStart == NONE) {
            streakStart = at;
            streakSeq = fromSeq;
            if (!open) {
                cause = why;
            }
        }
        if (at - streakStart < (open ? clearAfter : openAfter)) {
            return;
        }
        if (open) {
            out.close(type, openedAt, streakStart, evidence(streakSeq, seq), cause);
            open = false;
            openedAt = NONE;
            cause = null;
        } else {
            open = true;
            openedAt = streakStart;
            out.open(type, openedAt, evidence(streakSeq, seq), cause);
        }
        streakStart = NONE;
    }

    /**
     * Ends an open alarm at a given time (duty ended) and forgets any streak.
     *
     * @return whether an alarm was open
     */
    boolean closeAt(long end, long seq, EventSink out) {
        boolean wasOpen = open;
        if (open) {
            out.close(type, openedAt, Math.max(end, openedAt), List.of(seq), cause);
        }
        reset();
        return wasOpen;
    }

    void reset() {
        open = false;
        streakStart = NONE;
        openedAt = NONE;
        cause = null;
    }

    private static List<Long> evidence(long first, long last) {
        return first == last ? List.of(last) : List.of(Math.min(first, last), Math.max(first, last));
    }

    DwellState state() {
        return new DwellState(open, instant(streakStart), streakSeq, instant(openedAt), cause);
    }

    void restore(DwellState s) {
        open = s.open();
        streakStart = millis(s.streakStart());
        streakSeq = s.streakSeq();
        openedAt = millis(s.openedAt());
        cause = s.cause();
    }

    private static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }

    private static long millis(Instant t) {
        return t == null ? NONE : t.toEpochMilli();
    }
}

package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;

/**
 * Keeps the newest fix's time and seq, so that fixes are evaluated in time order and a device
 * whose clock runs against its own sequence numbers is noticed.
 *
 * <p>A fix older than the newest one already evaluated (or than a duty end a tick has closed)
 * is stale: positions cannot be evaluated out of order, so it is left out. A pair of fixes
 * whose time order and seq order disagree means the clock was set back, whichever of the two
 * arrived first; the pair is reported at the later of the two times, so fix-by-fix and batched
 * arrival report the same thing.
 */
final class FixOrder {

    static final long NONE = Long.MIN_VALUE;

    enum Verdict { FRESH, DUPLICATE, STALE }

    private long lastMillis = NONE;
    private long lastSeq;
    private long ignoreBefore = NONE;

    Verdict classify(Fix f) {
        long t = f.millis();
        if (t < ignoreBefore) {
            return Verdict.STALE;
        }
        if (lastMillis == NONE || t > lastMillis) {
            return Verdict.FRESH;
        }
        if (t == lastMillis) {
            return f.seq() == lastSeq ? Verdict.DUPLICATE : Verdict.FRESH;
        }
        return Verdict.STALE;
    }

    /** True when the fix and the newest fix disagree on which came first. */
    boolean inverted(Fix f) {
        if (lastMillis == NONE || f.seq() <= 0 || lastSeq <= 0 || f.millis() < ignoreBefore) {
            return false;
        }
        long t = f.millis();
        return t < lastMillis && f.seq() > lastSeq || t > lastMillis && f.seq() < lastSeq;
    }

    long lastMillis() {
        return lastMillis;
    }

    long lastSeq() {
        return lastSeq;
    }

    /** Records a fresh fix as the newest. */
    void advance(Fix f) {
        lastMillis = f.millis();
        lastSeq = f.seq();
    }

    /** From now on, fixes before this time are ignored (their duty has been closed). */
    void ignoreBefore(long millis) {
        ignoreBefore = Math.max(ignoreBefore, millis);
    }

    long ignoreBeforeMillis() {
        return ignoreBefore;
    }

    void restore(long lastMillis, long lastSeq, long ignoreBefore) {
        this.lastMillis = lastMillis;
        this.lastSeq = lastSeq;
        this.ignoreBefore = ignoreBefore;
    }
}

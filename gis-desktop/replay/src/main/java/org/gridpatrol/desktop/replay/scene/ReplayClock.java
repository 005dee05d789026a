package org.gridpatrol.desktop.replay.scene;

import java.time.Duration;
import java.time.Instant;

/**
 * Replay time over a window: where the replay stands, whether it plays, and how fast.
 * Driven by elapsed wall time handed in (never the system clock), so it runs and is
 * tested without a display or a timer.
 */
public final class ReplayClock {
    /** The speeds offered: 1× (real time) to 64×. */
    public static final int[] SPEEDS = {1, 2, 4, 8, 16, 32, 64};

    private final Instant from;
    private final Instant to;
    private long offsetMs;
    private int speed = 1;
    private boolean playing;

    /** @param from start of the window; @param to end, after the start */
    public ReplayClock(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a replay window ends after it starts: " + from + " .. " + to);
        }
        this.from = from;
        this.to = to;
    }

    /** @return start of the window */
    public Instant from() {
        return from;
    }

    /** @return end of the window */
    public Instant to() {
        return to;
    }

    /** @return the moment the replay shows */
    public Instant now() {
        return from.plusMillis(offsetMs);
    }

    /** @return how far through the window the replay stands, 0 to 1 */
    public double fraction() {
        return offsetMs / (double) lengthMs();
    }

    /** Starts playing; from the start again when it stood at the end. */
    public void play() {
        if (offsetMs >= lengthMs()) {
            offsetMs = 0;
        }
        playing = true;
    }

    /** Stops playing where it stands. */
    public void pause() {
        playing = false;
    }

    /** @return true while playing */
    public boolean playing() {
        return playing;
    }

    /** @return replay seconds per wall second */
    public int speed() {
        return speed;
    }

    /** @param newSpeed one of {@link #SPEEDS} */
    public void setSpeed(int newSpeed) {
        for (int s : SPEEDS) {
            if (s == newSpeed) {
                speed = newSpeed;
                return;
            }
        }
        throw new IllegalArgumentException("speed is one of 1, 2, 4, 8, 16, 32, 64: " + newSpeed);
    }

    /**
     * Moves replay time on by the wall time that passed times the speed, when playing;
     * stops at the end of the window.
     *
     * @param wall wall time since the last call
     */
    public void advance(Duration wall) {
        if (!playing) {
            return;
        }
        offsetMs = Math.min(lengthMs(), offsetMs + wall.toMillis() * speed);
        if (offsetMs == lengthMs()) {
            playing = false;
        }
    }

    /** @param moment where to stand; clamped into the window */
    public void seek(Instant moment) {
        long ms = moment.toEpochMilli() - from.toEpochMilli();
        offsetMs = Math.max(0, Math.min(lengthMs(), ms));
    }

    /** @param fraction where to stand, 0 (start) to 1 (end); clamped */
    public void seekFraction(double fraction) {
        offsetMs = Math.round(Math.max(0, Math.min(1, fraction)) * lengthMs());
    }

    private long lengthMs() {
        return to.toEpochMilli() - from.toEpochMilli();
    }
}

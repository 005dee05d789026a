package org.gridpatrol.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The phones' clock: starts at a simulated instant and runs {@code speed} times as fast as the
 * real one. It can be paused (a load run waiting for the server to catch up) without jumping
 * ahead when it resumes.
 */
public final class SimClock {

    private final Instant simStart;
    private final double speed;
    private final LongSupplier nanos;
    private final long startNanos;
    private long pausedNanos;
    private long pausedAt = -1;

    /**
     * @param nanos a monotonic clock, {@link System#nanoTime} in a run
     */
    public SimClock(Instant simStart, double speed, LongSupplier nanos) {
        this.simStart = simStart;
        this.speed = speed;
        this.nanos = nanos;
        this.startNanos = nanos.getAsLong();
    }

    public Instant start() {
        return simStart;
    }

    public double speed() {
        return speed;
    }

    /** @return the simulated time now */
    public synchronized Instant now() {
        long running = (pausedAt >= 0 ? pausedAt : nanos.getAsLong()) - startNanos - pausedNanos;
        return simStart.plusNanos(Math.round(running * speed));
    }

    /** @return real time needed for a simulated duration */
    public Duration realFor(Duration simulated) {
        return Duration.ofNanos(Math.round(simulated.toNanos() / speed));
    }

    public synchronized void pause() {
        if (pausedAt < 0) {
            pausedAt = nanos.getAsLong();
        }
    }

    public synchronized void resume() {
        if (pausedAt >= 0) {
            pausedNanos += nanos.getAsLong() - pausedAt;
            pausedAt = -1;
        }
    }

    /**
     * Where a run must start so that its phones' clocks never run ahead of the real one.
     *
     * @param now       the real time now
     * @param wallSpan  how long the run lasts in real time
     * @param speed     simulated seconds per real second
     * @param margin    kept between the last fix and now
     * @return the simulated start
     */
    public static Instant startInThePast(Instant now, Duration wallSpan, double speed, Duration margin) {
        return now.minus(Duration.ofMillis(Math.round(wallSpan.toMillis() * speed))).minus(margin);
    }
}

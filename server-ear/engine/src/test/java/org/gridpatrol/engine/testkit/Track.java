package org.gridpatrol.engine.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridpatrol.engine.fix.Fix;

/**
 * A scripted patrol: where the officer is over time, sampled as fixes every interval.
 * Positions in metres on the {@link Plane}; noise is uniform within a disc and seeded.
 */
public final class Track {

    private Instant now;
    private double x;
    private double y;
    private Duration interval = Duration.ofSeconds(10);
    private double noise;
    private double accuracy = 5;
    private boolean mock;
    private Duration clockOffset = Duration.ZERO;
    private long seq;
    private final Random random;
    private final List<Fix> fixes = new ArrayList<>();
    private final List<Instant> trueTimes = new ArrayList<>();

    private Track(Instant start, double x, double y, long seed) {
        this.now = start;
        this.x = x;
        this.y = y;
        this.random = new Random(seed);
    }

    /** A track starting at (x, y) metres at the given time; the first fix is taken there. */
    public static Track startingAt(Instant start, double x, double y) {
        return new Track(start, x, y, 42);
    }

    public Track seed(long seed) {
        random.setSeed(seed);
        return this;
    }

    public Track every(Duration interval) {
        this.interval = interval;
        return this;
    }

    /** Uniform noise within a disc of this radius on every following fix. */
    public Track noise(double metres) {
        this.noise = metres;
        return this;
    }

    public Track accuracy(double metres) {
        this.accuracy = metres;
        return this;
    }

    public Track mock(boolean mock) {
        this.mock = mock;
        return this;
    }

    public boolean isMock() {
        return mock;
    }

    /** The device's clock is off by this much from now on (the seq keeps counting). */
    public Track clockOffset(Duration offset) {
        this.clockOffset = offset;
        return this;
    }

    public Instant now() {
        return now;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** Takes a fix at the current position and time (without advancing time). */
    public Track fix() {
        return sample(x, y);
    }

    /** One interval later, a fix far from the officer (a GPS error); the officer does not move. */
    public Track outlier(double fx, double fy) {
        now = now.plus(interval);
        return sample(fx, fy);
    }

    private Track sample(double fx, double fy) {
        double nx = fx;
        double ny = fy;
        if (noise > 0) {
            double r = noise * Math.sqrt(random.nextDouble());
            double a = random.nextDouble() * 2 * Math.PI;
            nx += r * Math.cos(a);
            ny += r * Math.sin(a);
        }
        fixes.add(new Fix(now.plus(clockOffset), Plane.lon(nx), Plane.lat(ny), accuracy, Double.NaN, "gps", mock,
                ++seq));
        trueTimes.add(now);
        return this;
    }

    /** Stays put for the duration, a fix every interval (the first one interval from now). */
    public Track stay(Duration duration) {
        Instant until = now.plus(duration);
        while (!now.plus(interval).isAfter(until)) {
            now = now.plus(interval);
            fix();
        }
        now = until;
        return this;
    }

    /** Walks in a straight line at the speed, a fix every interval and one on arrival. */
    public Track walkTo(double tx, double ty, double metresPerSecond) {
        double distance = Math.hypot(tx - x, ty - y);
        double step = metresPerSecond * interval.toMillis() / 1000.0;
        double sx = x;
        double sy = y;
        int steps = (int) Math.ceil(distance / step);
        for (int i = 1; i <= steps; i++) {
            double f = Math.min(1, i * step / distance);
            x = sx + f * (tx - sx);
            y = sy + f * (ty - sy);
            now = now.plus(i < steps ? interval : Duration.ofMillis(Math.round((distance - (i - 1) * step)
                    / metresPerSecond * 1000)));
            fix();
        }
        return this;
    }

    /** Moves instantly (a mock app or a GPS error), takes a fix there after one interval. */
    public Track jumpTo(double tx, double ty) {
        x = tx;
        y = ty;
        now = now.plus(interval);
        return fix();
    }

    /** No fixes for a while (phone off or no signal). */
    public Track silence(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public List<Fix> fixes() {
        return List.copyOf(fixes);
    }

    /** When each fix was really taken (differs from its time when the device clock is off). */
    public List<Instant> trueTimes() {
        return List.copyOf(trueTimes);
    }
}

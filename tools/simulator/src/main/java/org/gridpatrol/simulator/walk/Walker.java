package org.gridpatrol.simulator.walk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;

/**
 * Moves a point along legs in time: walks paths at their speed, drifts during stays, fires marks
 * at the instant they are reached. When it runs out of legs it asks its source for more.
 */
public final class Walker {

    private final Supplier<List<Leg>> source;
    private final Random random;
    private final Deque<Leg> queue = new ArrayDeque<>();
    private Coordinate position;
    private double speed;
    private double heading;

    // the leg in progress
    private Leg current;
    private int segment;          // Walk: index of the segment's start
    private double stayLeft;      // Stay: seconds left
    private Coordinate stayCentre;
    private Coordinate driftTarget;
    private int lastNode = -1;

    /**
     * @param start  where the walker stands
     * @param source the legs to follow when the queue is empty (never an empty list)
     */
    public Walker(Coordinate start, Supplier<List<Leg>> source, Random random) {
        this.position = new Coordinate(start);
        this.source = source;
        this.random = random;
    }

    public Coordinate position() {
        return new Coordinate(position);
    }

    /** @return metres per second over the last advance */
    public double speed() {
        return speed;
    }

    /** @return degrees clockwise from north of the last movement */
    public double heading() {
        return heading;
    }

    /** @return the street node the last finished walk ended on, or -1 (off the streets, or under way) */
    public int lastNode() {
        return current == null ? lastNode : -1;
    }

    /** Drops what is planned, the leg under way included, and follows these legs from here. */
    public void replace(List<Leg> legs) {
        queue.clear();
        current = null;
        lastNode = -1;
        queue.addAll(legs);
    }

    /**
     * Moves on by some seconds ending at {@code end}.
     */
    public void advance(double seconds, Instant end) {
        Coordinate before = new Coordinate(position);
        double left = seconds;
        int guard = 0;
        while (left > 1e-9 && guard++ < 10_000) {
            if (current == null) {
                start(end.minus(Duration.ofMillis(Math.round(left * 1000))));
                continue;
            }
            left = progress(left);
        }
        // marks right behind a leg that ended exactly now are reached now
        while (current == null && queue.peekFirst() instanceof Leg.Mark mark) {
            queue.pollFirst();
            mark.reached().accept(end);
        }
        double moved = before.distance(position);
        speed = seconds > 0 ? moved / seconds : 0;
        if (moved > 0.01) {
            heading = (Math.toDegrees(Math.atan2(position.x - before.x, position.y - before.y)) + 360) % 360;
        }
    }

    private void start(Instant at) {
        if (queue.isEmpty()) {
            List<Leg> more = source.get();
            if (more.isEmpty()) {
                throw new IllegalStateException("the leg source gave nothing");
            }
            queue.addAll(more);
        }
        Leg next = queue.pollFirst();
        if (next instanceof Leg.Mark mark) {
            mark.reached().accept(at);
            return;
        }
        current = next;
        segment = 0;
        if (next instanceof Leg.Stay stay) {
            stayLeft = stay.seconds();
            stayCentre = new Coordinate(position);
            driftTarget = null;
        }
    }

    /** @return seconds left over after the current leg */
    private double progress(double seconds) {
        if (current instanceof Leg.Walk walk) {
            return walk(walk, seconds);
        }
        Leg.Stay stay = (Leg.Stay) current;
        double used = Math.min(seconds, stayLeft);
        drift(stay, used);
        stayLeft -= used;
        if (stayLeft <= 1e-9) {
            current = null;
            lastNode = -1;
        }
        return seconds - used;
    }

    private double walk(Leg.Walk walk, double seconds) {
        List<Coordinate> path = walk.path();
        double budget = seconds * walk.speed();
        while (budget > 0 && segment < path.size() - 1) {
            Coordinate to = path.get(segment + 1);
            double d = position.distance(to);
            if (d <= budget) {
                position = new Coordinate(to);
                budget -= d;
                segment++;
            } else {
                position = new Coordinate(position.x + (to.x - position.x) * budget / d,
                        position.y + (to.y - position.y) * budget / d);
                budget = 0;
            }
        }
        if (segment >= path.size() - 1) {
            current = null;
            lastNode = walk.endNode();
            return walk.speed() > 0 ? budget / walk.speed() : 0;
        }
        return 0;
    }

    private void drift(Leg.Stay stay, double seconds) {
        if (stay.radius() <= 0 || stay.pace() <= 0) {
            return;
        }
        double budget = seconds * stay.pace();
        while (budget > 1e-9) {
            if (driftTarget == null || position.distance(driftTarget) < 0.05) {
                double r = stay.radius() * Math.sqrt(random.nextDouble());
                double a = random.nextDouble() * 2 * Math.PI;
                driftTarget = new Coordinate(stayCentre.x + r * Math.cos(a), stayCentre.y + r * Math.sin(a));
            }
            double d = position.distance(driftTarget);
            double step = Math.min(d, budget);
            position = new Coordinate(position.x + (driftTarget.x - position.x) * step / d,
                    position.y + (driftTarget.y - position.y) * step / d);
            budget -= step;
            if (step < 1e-12) {
                driftTarget = null;
            }
        }
    }
}

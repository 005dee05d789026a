package org.gridpatrol.simulator.walk;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;

/** A piece of an officer's movement, in metres. */
public sealed interface Leg {

    /**
     * Walk along a path at a speed.
     *
     * @param path    from where the walker is (or near it) to the end
     * @param speed   metres per second
     * @param endNode the street node the path ends on, or -1 when it ends off the streets
     */
    record Walk(List<Coordinate> path, double speed, int endNode) implements Leg {
    }

    /**
     * Stay around a point: drift within a radius at a slow pace (0 radius: stand).
     *
     * @param seconds how long
     * @param radius  how far from the centre the drifting goes, metres
     * @param pace    drifting speed, metres per second
     */
    record Stay(double seconds, double radius, double pace) implements Leg {
    }

    /** Takes no time: tells someone when the walker got here (the start or end of an episode's core). */
    record Mark(Consumer<Instant> reached) implements Leg {
    }
}

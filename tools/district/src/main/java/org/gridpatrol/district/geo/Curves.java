package org.gridpatrol.district.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Street shapes in metres: smooth curves through control points, gently bowed straight streets. */
public final class Curves {

    private Curves() {
    }

    /**
     * A uniform Catmull-Rom spline through the control points, sampled about every {@code step}
     * metres. Passes through every control point; the ends are the first and last control points.
     */
    public static Coordinate[] smooth(Coordinate[] controls, double step) {
        List<Coordinate> out = new ArrayList<>();
        out.add(controls[0].copy());
        for (int i = 0; i < controls.length - 1; i++) {
            Coordinate p0 = controls[Math.max(0, i - 1)];
            Coordinate p1 = controls[i];
            Coordinate p2 = controls[i + 1];
            Coordinate p3 = controls[Math.min(controls.length - 1, i + 2)];
            int n = Math.max(1, (int) Math.ceil(p1.distance(p2) / step));
            for (int k = 1; k <= n; k++) {
                double t = (double) k / n;
                double t2 = t * t;
                double t3 = t2 * t;
                out.add(new Coordinate(
                        catmullRom(p0.x, p1.x, p2.x, p3.x, t, t2, t3),
                        catmullRom(p0.y, p1.y, p2.y, p3.y, t, t2, t3)));
            }
        }
        return out.toArray(Coordinate[]::new);
    }

    private static double catmullRom(double p0, double p1, double p2, double p3, double t, double t2, double t3) {
        return 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (3 * p1 - p0 - 3 * p2 + p3) * t3);
    }

    /**
     * The street from a to b, pushed sideways by {@code bow} metres at its middle (a sine arch, zero
     * at both ends) and sampled about every {@code step} metres.
     */
    public static Coordinate[] bowed(Coordinate a, Coordinate b, double bow, double step) {
        double len = a.distance(b);
        double nx = -(b.y - a.y) / len;
        double ny = (b.x - a.x) / len;
        int n = Math.max(1, (int) Math.ceil(len / step));
        Coordinate[] out = new Coordinate[n + 1];
        for (int k = 0; k <= n; k++) {
            double t = (double) k / n;
            double off = bow * Math.sin(Math.PI * t);
            out[k] = new Coordinate(a.x + (b.x - a.x) * t + nx * off, a.y + (b.y - a.y) * t + ny * off);
        }
        out[0] = a.copy();   // exactly, so rings close and streets meet where they were told to
        out[n] = b.copy();
        return out;
    }

    /** The line lengthened by d metres at both ends, along its end segments. */
    public static LineString extendEnds(LineString line, double d, GeometryFactory factory) {
        Coordinate[] c = line.getCoordinates();
        Coordinate[] out = c.clone();
        out[0] = beyond(c[1], c[0], d);
        out[c.length - 1] = beyond(c[c.length - 2], c[c.length - 1], d);
        return factory.createLineString(out);
    }

    private static Coordinate beyond(Coordinate from, Coordinate end, double d) {
        double len = from.distance(end);
        return new Coordinate(end.x + (end.x - from.x) / len * d, end.y + (end.y - from.y) / len * d);
    }
}

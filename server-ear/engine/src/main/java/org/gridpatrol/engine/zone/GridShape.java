package org.gridpatrol.engine.zone;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * One grid prepared for answering: its rings as flat coordinate arrays, banded by latitude for
 * the exact containment test and scanned whole for the distance to the boundary.
 * Immutable and thread-safe.
 */
final class GridShape {

    final Grid grid;
    final long id;
    final Envelope envelope;
    private final EdgeBands bands;
    /** Every ring (shells and holes) as x0,y0,x1,y1,… in degrees, closed. */
    private final double[][] rings;

    GridShape(Grid grid) {
        this.grid = grid;
        this.id = grid.id();
        this.envelope = grid.area().getEnvelopeInternal();
        this.rings = flatRings(grid.area());
        this.bands = new EdgeBands(rings, envelope.getMinY(), envelope.getMaxY());
    }

    /** Inside or on the boundary. */
    boolean covers(double lon, double lat) {
        return envelope.covers(lon, lat) && bands.covers(lon, lat);
    }

    double[][] rings() {
        return rings;
    }

    /** Metres from the point to the nearest boundary segment. */
    double distanceToBoundaryMetres(double lon, double lat) {
        LocalPlane plane = LocalPlane.around(lon, lat);
        double best = Double.POSITIVE_INFINITY;
        for (double[] ring : rings) {
            if (ring.length < 4) {
                continue;
            }
            double ax = plane.x(ring[0]);
            double ay = plane.y(ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                double bx = plane.x(ring[i]);
                double by = plane.y(ring[i + 1]);
                best = Math.min(best, squaredDistanceToOrigin(ax, ay, bx, by));
                ax = bx;
                ay = by;
            }
        }
        return Math.sqrt(best);
    }

    /** Positive metres inside the grid, negative outside. */
    double depthMetres(double lon, double lat) {
        double d = distanceToBoundaryMetres(lon, lat);
        return covers(lon, lat) ? d : -d;
    }

    private static double squaredDistanceToOrigin(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        double px = ax + t * dx;
        double py = ay + t * dy;
        return px * px + py * py;
    }

    private static double[][] flatRings(Geometry area) {
        int count = 0;
        for (int p = 0; p < area.getNumGeometries(); p++) {
            count += 1 + ((Polygon) area.getGeometryN(p)).getNumInteriorRing();
        }
        double[][] rings = new double[count][];
        int r = 0;
        for (int p = 0; p < area.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) area.getGeometryN(p);
            rings[r++] = flat(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings[r++] = flat(polygon.getInteriorRingN(h));
            }
        }
        return rings;
    }

    private static double[] flat(LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        double[] flat = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            flat[2 * i] = coordinates[i].x;
            flat[2 * i + 1] = coordinates[i].y;
        }
        return flat;
    }
}

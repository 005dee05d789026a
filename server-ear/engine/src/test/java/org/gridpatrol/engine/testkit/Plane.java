package org.gridpatrol.engine.testkit;

import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Test geometry in metres east (x) and north (y) of a point in the district, converted to lon/lat.
 * Tests reason in metres; the engine sees degrees.
 */
public final class Plane {

    public static final double ORIGIN_LON = 117.37;
    public static final double ORIGIN_LAT = 32.93;
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;
    public static final GeometryFactory GEOMETRY = new GeometryFactory();

    private Plane() {
    }

    public static double lon(double x) {
        return ORIGIN_LON + x / (METRES_PER_DEGREE * Math.cos(Math.toRadians(ORIGIN_LAT)));
    }

    public static double lat(double y) {
        return ORIGIN_LAT + y / METRES_PER_DEGREE;
    }

    public static double x(double lon) {
        return (lon - ORIGIN_LON) * METRES_PER_DEGREE * Math.cos(Math.toRadians(ORIGIN_LAT));
    }

    public static double y(double lat) {
        return (lat - ORIGIN_LAT) * METRES_PER_DEGREE;
    }

    /** A polygon through the given x,y metre pairs (closed automatically). */
    public static Polygon polygon(double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            ring[i] = new Coordinate(lon(xy[2 * i]), lat(xy[2 * i + 1]));
        }
        ring[ring.length - 1] = ring[0].copy();
        return GEOMETRY.createPolygon(ring);
    }

    public static Polygon rectangle(double x0, double y0, double x1, double y1) {
        return polygon(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    public static Grid rectangleGrid(long id, double x0, double y0, double x1, double y1) {
        return new Grid(id, rectangle(x0, y0, x1, y1));
    }
}

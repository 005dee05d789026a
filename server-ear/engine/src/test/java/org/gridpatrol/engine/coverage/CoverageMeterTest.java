package org.gridpatrol.engine.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class CoverageMeterTest {
    private static final GeometryFactory WGS84 = new GeometryFactory();
    private static final double LON = 117.36;
    private static final double LAT = 32.93;
    private static final MetricPlane PLANE = new MetricPlane(LON, LAT);

    /** A rectangle w × h metres with its south-west corner at (LON, LAT), as lon/lat. */
    private static Geometry rectangle(double w, double h) {
        return PLANE.toLonLat(WGS84.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(w, 0),
                new Coordinate(w, h), new Coordinate(0, h), new Coordinate(0, 0)}));
    }

    /** Fixes every {@code step} metres along the path through the given metric corners. */
    private static double[][] walk(double step, double[]... corners) {
        List<double[]> fixes = new ArrayList<>();
        for (int c = 1; c < corners.length; c++) {
            double[] a = corners[c - 1];
            double[] b = corners[c];
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            for (double d = 0; d < length; d += step) {
                fixes.add(lonLat(a[0] + (b[0] - a[0]) * d / length, a[1] + (b[1] - a[1]) * d / length));
            }
        }
        double[] last = corners[corners.length - 1];
        fixes.add(lonLat(last[0], last[1]));
        return fixes.toArray(double[][]::new);
    }

    private static double[] lonLat(double x, double y) {
        Coordinate c = PLANE.toLonLat(WGS84.createPoint(new Coordinate(x, y))).getCoordinate();
        return new double[] {c.x, c.y};
    }

    @Test
    void trackAlongTheEdgesCoversTheGridLessTheInnerRectangle() {
        double w = 400;
        double h = 300;
        double b = 20;
        double[][] edges = walk(7, new double[] {0, 0}, new double[] {w, 0}, new double[] {w, h},
                new double[] {0, h}, new double[] {0, 0});
        Coverage coverage = new CoverageMeter(b, 0, 0).measure(rectangle(w, h), List.<double[][]>of(edges), List.of());
        assertEquals(w * h, coverage.gridAreaM2(), w * h * 1e-4);
        double expected = w * h - (w - 2 * b) * (h - 2 * b);
        assertEquals(expected, coverage.coveredAreaM2(), expected * 1e-3);
        assertEquals(expected / (w * h), coverage.areaShare(), 1e-3);
        assertTrue(Double.isNaN(coverage.streetShare()), "no streets, no street share");
    }

    @Test
    void streetWalkedIsItsLengthInsideTheGridWithinTheBuffer() {
        double w = 400;
        double h = 300;
        // one street across the whole grid at y = 150, one along x = 200
        Geometry across = PLANE.toLonLat(WGS84.createLineString(new Coordinate[] {new Coordinate(-100, 150),
                new Coordinate(w + 100, 150)}));
        Geometry up = PLANE.toLonLat(WGS84.createLineString(new Coordinate[] {new Coordinate(200, 0),
                new Coordinate(200, h)}));
        // walks the first street from x = 50 to x = 250 only
        double[][] track = walk(5, new double[] {50, 150}, new double[] {250, 150});
        Coverage coverage = CoverageMeter.withBuffer(20).measure(rectangle(w, h), List.<double[][]>of(track), List.of(across, up));
        assertEquals(w + h, coverage.streetLengthM(), 0.5);
        // along the first: 30..270 (200 m walked + buffer on both ends); along the second: 130..170
        assertEquals(240 + 40, coverage.walkedStreetM(), 1.5);
        assertEquals(280 / 700.0, coverage.streetShare(), 0.003);
    }

    @Test
    void aTrackFarAwayCoversNothingAndTwoOfficersAreUnited() {
        Geometry grid = rectangle(200, 200);
        double[][] far = walk(10, new double[] {1000, 1000}, new double[] {1500, 1000});
        double[][] west = walk(5, new double[] {0, 0}, new double[] {0, 200});
        double[][] westAgain = walk(5, new double[] {0, 200}, new double[] {0, 0});
        CoverageMeter meter = new CoverageMeter(10, 0, 0);
        assertEquals(0, meter.measure(grid, List.<double[][]>of(far), List.of()).coveredAreaM2(), 1e-9);
        assertTrue(meter.measure(grid, List.<double[][]>of(far), List.of()).covered().isEmpty());
        double one = meter.measure(grid, List.<double[][]>of(west), List.of()).coveredAreaM2();
        assertEquals(10 * 200, one, 2);
        assertEquals(one, meter.measure(grid, List.of(west, westAgain, far), List.of()).coveredAreaM2(), 1);
    }
}

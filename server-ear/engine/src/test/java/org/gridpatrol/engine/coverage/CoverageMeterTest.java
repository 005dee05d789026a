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
    /** Metres per degree, laid out here apart from the meter's own plane. */
    private static final double KY = 6_371_008.8 * Math.PI / 180;
    private static final double KX = KY * Math.cos(Math.toRadians(LAT));

    /** A rectangle w × h metres with its south-west corner at (LON, LAT), as lon/lat. */
    private static Geometry rectangle(double w, double h) {
        return WGS84.createPolygon(new Coordinate[] {at(0, 0), at(w, 0), at(w, h), at(0, h), at(0, 0)});
    }

    private static Coordinate at(double x, double y) {
        return new Coordinate(LON + x / KX, LAT + y / KY);
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
        Coordinate c = at(x, y);
        return new double[] {c.x, c.y};
    }

    @Test
    void trackAlongTheEdgesCoversTheGridLessTheInnerRectangle() {
        double w = 400;
        double h = 300;
        double b = 20;
        double[][] edges = walk(7, new double[] {0, 0}, new double[] {w, 0}, new double[] {w, h},
                new double[] {0, h}, new double[] {0, 0});
        Coverage coverage = new CoverageMeter(b, 1).measure(rectangle(w, h), List.<double[][]>of(edges), List.of());
        assertEquals(w * h, coverage.gridAreaM2(), w * h * 1e-4);
        double expected = w * h - (w - 2 * b) * (h - 2 * b);
        assertEquals(expected, coverage.coveredAreaM2(), expected * 5e-3);
        assertEquals(expected / (w * h), coverage.areaShare(), 2e-3);
        assertTrue(Double.isNaN(coverage.streetShare()), "no streets, no street share");
    }

    @Test
    void streetWalkedIsItsLengthInsideTheGridWithinTheBuffer() {
        double w = 400;
        double h = 300;
        // one street across the whole grid at y = 150, one along x = 200
        Geometry across = WGS84.createLineString(new Coordinate[] {at(-100, 150), at(w + 100, 150)});
        Geometry up = WGS84.createLineString(new Coordinate[] {at(200, 0), at(200, h)});
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
        CoverageMeter meter = new CoverageMeter(10, 1);
        assertEquals(0, meter.measure(grid, List.<double[][]>of(far), List.of()).coveredAreaM2(), 1e-9);
        assertTrue(meter.measure(grid, List.<double[][]>of(far), List.of()).covered().isEmpty());
        double one = meter.measure(grid, List.<double[][]>of(west), List.of()).coveredAreaM2();
        assertEquals(10 * 200, one, 2);
        assertEquals(one, meter.measure(grid, List.of(west, westAgain, far), List.of()).coveredAreaM2(), 1);
    }

    @Test
    void aWanderingTrackGivesTheAreaOfAVectorBufferOfTheSameTrack() {
        java.util.Random random = new java.util.Random(5);
        for (int run = 0; run < 5; run++) {
            double x = 150;
            double y = 100;
            double heading = random.nextDouble() * 6;
            List<double[]> fixes = new ArrayList<>();
            Coordinate[] metres = new Coordinate[600];
            for (int n = 0; n < metres.length; n++) {
                heading += random.nextGaussian() * 0.4;
                x += Math.cos(heading) * 12;
                y += Math.sin(heading) * 12;
                metres[n] = new Coordinate(x, y);
                fixes.add(lonLat(x, y));
            }
            Geometry grid = rectangle(300, 200);
            Coverage coverage = CoverageMeter.withBuffer(20).measure(grid, List.<double[][]>of(fixes.toArray(double[][]::new)),
                    List.of());
            // the same in plain JTS: a vector buffer of the line, metres laid out as the grid was
            Geometry line = WGS84.createLineString(metres);
            Geometry rect = WGS84.toGeometry(new org.locationtech.jts.geom.Envelope(0, 300, 0, 200));
            double expected = rect.intersection(line.buffer(20, 32)).getArea();
            assertEquals(expected, coverage.coveredAreaM2(), Math.max(50, expected * 0.005), "run " + run);
        }
    }

    @Test
    void thePaintedOutlineIsValidLiesInTheGridAndHasTheCoveredArea() {
        java.util.Random random = new java.util.Random(8);
        Geometry grid = rectangle(400, 400);
        MetricPlane plane = new MetricPlane(grid.getEnvelope().getCentroid().getX(), grid.getEnvelope().getCentroid().getY());
        Geometry gridMetres = plane.toMetres(grid);
        for (int run = 0; run < 5; run++) {
            double x = 200;
            double y = 200;
            double heading = random.nextDouble() * 6;
            List<double[]> fixes = new ArrayList<>();
            for (int n = 0; n < 300 + run * 400; n++) {
                heading += random.nextGaussian() * 0.3;
                x += Math.cos(heading) * 12;
                y += Math.sin(heading) * 12;
                fixes.add(lonLat(x, y));
            }
            Coverage coverage = CoverageMeter.withBuffer(20).measure(grid, List.<double[][]>of(fixes.toArray(double[][]::new)),
                    List.of());
            Geometry painted = plane.toMetres(coverage.covered());
            assertTrue(painted.isValid(), "run " + run);
            assertTrue(gridMetres.buffer(1e-6).contains(painted), "run " + run);
            // the outline is read on 2 m blocks and simplified by 2 m: its area strays by a strip along its edge
            assertEquals(coverage.coveredAreaM2(), painted.getArea(), Math.max(0.03 * coverage.coveredAreaM2(), 1.0 * painted.getLength()),
                    "run " + run);
        }
    }
}

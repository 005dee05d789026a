package org.gridpatrol.server.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Gcj02Test {
    private static final double METRES_PER_DEGREE = 111_320;

    private static double metres(double[] a, double[] b) {
        double dx = (a[0] - b[0]) * METRES_PER_DEGREE * Math.cos(Math.toRadians(a[1]));
        double dy = (a[1] - b[1]) * METRES_PER_DEGREE;
        return Math.hypot(dx, dy);
    }

    @Test
    void publishedReferencePointInBeijingShiftsAsPublished() {
        // reference pair used by the open-source transform libraries' test suites (WGS84 → GCJ-02)
        double[] gcj = Gcj02.fromWgs84(116.404, 39.915);
        assertArrayEquals(new double[] {116.41024449916938, 39.91640428150164}, gcj, 1e-9);
        assertTrue(metres(Gcj02.toWgs84(gcj[0], gcj[1]), new double[] {116.404, 39.915}) < 0.01);
    }

    @Test
    void theShiftInBengbuIsHundredsOfMetresAndTheInverseUndoesItWithinAMetre() {
        double[] wgs = {117.3600, 32.9300};
        double[] gcj = Gcj02.fromWgs84(wgs[0], wgs[1]);
        double shift = metres(wgs, gcj);
        assertTrue(shift > 300 && shift < 700, "GCJ-02 moves points by a few hundred metres, got " + shift);
        assertTrue(metres(Gcj02.toWgs84(gcj[0], gcj[1]), wgs) < 1.0);
    }

    @Test
    void inverseIsWithinAMetreAllOverChina() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double[] wgs = {75 + random.nextDouble() * 60, 18 + random.nextDouble() * 35};
            double[] gcj = Gcj02.fromWgs84(wgs[0], wgs[1]);
            assertTrue(metres(Gcj02.toWgs84(gcj[0], gcj[1]), wgs) < 1.0, "at " + wgs[0] + "," + wgs[1]);
        }
    }

    @Test
    void outsideChinaNothingMoves() {
        assertArrayEquals(new double[] {2.35, 48.85}, Gcj02.toWgs84(2.35, 48.85), 0);
        assertEquals(139.9, Gcj02.fromWgs84(139.9, 35.7)[0], 0);
    }
}

package org.gridpatrol.simulator.gps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GpsNoiseTest {

    private static final int FIXES = 12 * 60 * 24; // a day at one fix per 5 s

    @Test
    void accuracyStaysBetweenFiveAndThirtyMetresAndTheErrorMostlyWithinIt() {
        GpsNoise noise = new GpsNoise(new Random(7), 10);
        int within = 0;
        int ordinary = 0;
        double minAcc = 99;
        double maxAcc = 0;
        for (int i = 0; i < FIXES; i++) {
            GpsNoise.Reading r = noise.next(5, true);
            minAcc = Math.min(minAcc, r.accuracy());
            maxAcc = Math.max(maxAcc, r.accuracy());
            if (!r.outlier()) {
                ordinary++;
                within += Math.hypot(r.dx(), r.dy()) <= r.accuracy() ? 1 : 0;
            }
        }
        assertTrue(minAcc >= 5 && maxAcc <= 30, minAcc + " … " + maxAcc);
        assertTrue(maxAcc > 18, "bad patches happen: " + maxAcc);
        double share = (double) within / ordinary;
        assertTrue(share > 0.9 && share < 0.99, "within the accuracy radius: " + share);
    }

    @Test
    void theErrorDriftsSlowlyRatherThanJumping() {
        GpsNoise noise = new GpsNoise(new Random(8), 10);
        GpsNoise.Reading last = noise.next(5, false);
        double stepSum = 0;
        double sizeSum = 0;
        for (int i = 0; i < FIXES; i++) {
            GpsNoise.Reading r = noise.next(5, false);
            stepSum += Math.hypot(r.dx() - last.dx(), r.dy() - last.dy());
            sizeSum += Math.hypot(r.dx(), r.dy());
            last = r;
        }
        assertTrue(stepSum < 0.6 * sizeSum, "fix-to-fix change " + stepSum / FIXES + " m vs error " + sizeSum / FIXES + " m");
    }

    @Test
    void outliersAreRareLoneAndFarOff() {
        GpsNoise noise = new GpsNoise(new Random(9), 10);
        int outliers = 0;
        boolean previous = false;
        for (int i = 0; i < FIXES; i++) {
            GpsNoise.Reading r = noise.next(5, true);
            if (r.outlier()) {
                outliers++;
                assertFalse(previous, "two outliers in a row");
                assertTrue(Math.hypot(r.dx(), r.dy()) > 60, "an outlier lands far off");
            }
            previous = r.outlier();
        }
        assertTrue(outliers > FIXES / GpsNoise.OUTLIER_ONE_IN / 2 && outliers < FIXES / GpsNoise.OUTLIER_ONE_IN * 2,
                outliers + " outliers");
    }

    @Test
    void noOutliersWhenNotAllowedAndTheSameSeedGivesTheSameNoise() {
        GpsNoise a = new GpsNoise(new Random(10), 12);
        GpsNoise b = new GpsNoise(new Random(10), 12);
        for (int i = 0; i < 5000; i++) {
            GpsNoise.Reading r = a.next(5, false);
            assertFalse(r.outlier());
            assertEquals(r, b.next(5, false));
        }
    }
}

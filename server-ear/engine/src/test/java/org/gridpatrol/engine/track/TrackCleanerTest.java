package org.gridpatrol.engine.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.junit.jupiter.api.Test;

class TrackCleanerTest {
    private static final Instant T0 = Instant.parse("2026-11-26T01:00:00Z");
    /** Degrees of longitude per metre at 32.93° N. */
    private static final double LON_PER_M = 1 / (111_320 * Math.cos(Math.toRadians(32.93)));

    private static Fix at(int second, double eastMetres) {
        return new Fix(T0.plusSeconds(second), 117.36 + eastMetres * LON_PER_M, 32.93, 5, 1.2, "gps", false, second);
    }

    @Test
    void aWalkEastOfOneKilometreMeasuresOneKilometre() {
        List<Fix> walk = new ArrayList<>();
        for (int s = 0; s <= 800; s += 10) {
            walk.add(at(s, s * 1.25));
        }
        assertEquals(1000, TrackCleaner.mileage(TrackCleaner.walking().withoutJumps(walk)), 2);
    }

    @Test
    void aSingleJumpIsLeftOutAndDoesNotAddMileage() {
        List<Fix> walk = new ArrayList<>();
        for (int s = 0; s <= 100; s += 10) {
            walk.add(s == 50 ? at(s, 3000) : at(s, s));
        }
        List<Fix> kept = TrackCleaner.walking().withoutJumps(walk);
        assertEquals(walk.size() - 1, kept.size());
        assertEquals(100, TrackCleaner.mileage(kept), 1);
    }

    @Test
    void tenMinutesInOnePlaceIsOneStopWithItsTimes() {
        List<Fix> track = new ArrayList<>();
        for (int s = 0; s < 120; s += 10) {
            track.add(at(s, s * 1.3));            // walking
        }
        for (int s = 120; s <= 720; s += 10) {
            track.add(at(s, 156 + (s % 20)));     // standing, a few metres of noise
        }
        for (int s = 730; s < 900; s += 10) {
            track.add(at(s, 156 + (s - 720) * 1.3));
        }
        List<TrackCleaner.Stay> stops = TrackCleaner.walking().stops(track);
        assertEquals(1, stops.size());
        // within one fix (10 s) of the truth: the last walking fix may already lie inside the circle
        long arrived = stops.get(0).first().time().getEpochSecond() - T0.getEpochSecond();
        long left = stops.get(0).last().time().getEpochSecond() - T0.getEpochSecond();
        assertEquals(120, arrived, 10);
        assertEquals(720, left, 10);
    }

    @Test
    void jitterWhileStandingAddsNoMileage() {
        java.util.Random noise = new java.util.Random(4);
        List<Fix> track = new ArrayList<>();
        for (int s = 0; s <= 240; s += 10) {
            track.add(at(s, s * 1.25));
        }
        for (int s = 250; s <= 850; s += 10) {
            track.add(at(s, 300 + noise.nextGaussian() * 3));
        }
        TrackCleaner cleaner = TrackCleaner.walking();
        double withJitter = TrackCleaner.mileage(track);
        double walked = TrackCleaner.mileage(track, cleaner.stops(track));
        assertEquals(300, walked, 6);
        org.junit.jupiter.api.Assertions.assertTrue(withJitter > walked + 100, "the jitter would add " + (withJitter - walked));
    }
}

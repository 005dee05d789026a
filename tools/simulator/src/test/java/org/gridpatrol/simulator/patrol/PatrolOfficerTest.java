package org.gridpatrol.simulator.patrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridpatrol.simulator.ToyTown;
import org.gridpatrol.simulator.gps.GpsNoise;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Kind;
import org.gridpatrol.simulator.misbehaviour.MisbehaviourPlan;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Each scripted misbehaviour does what its alarm needs, for as long as the journal says. */
class PatrolOfficerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T00:30:00Z");
    private static final Instant FIRST = T0.plus(Duration.ofMinutes(10));
    private final Territory town = ToyTown.territory();
    private final List<Episode> journal = new ArrayList<>();

    /** The officer's true positions and samples, fix by fix. */
    private record Track(List<Instant> times, List<Coordinate> truth, List<Sample> samples) {
        List<Coordinate> between(Instant from, Instant to) {
            List<Coordinate> in = new ArrayList<>();
            for (int i = 0; i < times.size(); i++) {
                if (!times.get(i).isBefore(from) && !times.get(i).isAfter(to)) {
                    in.add(truth.get(i));
                }
            }
            return in;
        }
    }

    private PatrolOfficer officer(Kind only) {
        Random random = new Random(11);
        Beat beat = town.beat(List.of(ToyTown.id(1, 1)));
        MisbehaviourPlan plan = new MisbehaviourPlan(only == null ? 0 : 360_000, only == null ? List.of() : List.of(only),
                new Random(12), FIRST);
        return new PatrolOfficer(100001, "BS0001", town, beat, new GpsNoise(new Random(13), 10), plan, journal::add,
                random, 1.3);
    }

    private Track walk(PatrolOfficer o, Duration length) {
        Track t = new Track(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Instant at = T0; at.isBefore(T0.plus(length)); at = at.plusSeconds(5)) {
            t.samples().add(o.sample(at));
            t.times().add(at);
            t.truth().add(o.position());
        }
        return t;
    }

    private Episode only() {
        assertFalse(journal.isEmpty(), "no episode journaled");
        return journal.get(0);
    }

    @Test
    void crossZoneIsAHundredMetresDeepInANeighbourForThreeToFiveMinutes() {
        PatrolOfficer o = officer(Kind.CROSS_ZONE);
        Track t = walk(o, Duration.ofMinutes(40));
        Episode e = only();
        assertEquals(Kind.CROSS_ZONE, e.kind());
        long minutes = Duration.between(e.start(), e.end()).toSeconds();
        assertTrue(minutes >= 180 && minutes <= 305, "held " + minutes + " s");
        Beat beat = o.beat();
        GeometryFactory g = new GeometryFactory();
        for (Coordinate c : t.between(e.start(), e.end())) {
            assertTrue(beat.distanceFromOwn(c) >= 85, "only " + beat.distanceFromOwn(c) + " m from his grid");
            assertTrue(town.grids().values().stream().anyMatch(x -> x.id() != ToyTown.id(1, 1)
                    && x.area().getBoundary().distance(g.createPoint(c)) >= 85
                    && x.area().contains(g.createPoint(c))), "deep in a neighbour");
        }
        assertBackOnHisBeat(t, e, beat);
    }

    @Test
    void offPostIsMoreThanAHundredMetresAwayForTwelveToFifteenMinutes() {
        PatrolOfficer o = officer(Kind.OFF_POST);
        Track t = walk(o, Duration.ofMinutes(50));
        Episode e = only();
        long seconds = Duration.between(e.start(), e.end()).toSeconds();
        assertTrue(seconds >= 720 && seconds <= 905, "away " + seconds + " s");
        for (Coordinate c : t.between(e.start(), e.end())) {
            assertTrue(o.beat().distanceFromOwn(c) > 100, o.beat().distanceFromOwn(c) + " m");
        }
        assertTrue(e.detail().endsWith("m from his grids"), e.detail());
        assertBackOnHisBeat(t, e, o.beat());
    }

    @Test
    void stillStaysWithinAFewMetresForThirtyFiveMinutes() {
        PatrolOfficer o = officer(Kind.STILL);
        Track t = walk(o, Duration.ofMinutes(60));
        Episode e = only();
        assertEquals(Duration.ofMinutes(35), Duration.between(e.start(), e.end()));
        List<Coordinate> held = t.between(e.start(), e.end());
        for (Coordinate c : held) {
            assertTrue(c.distance(held.get(0)) <= 3.5, c.distance(held.get(0)) + " m");
        }
    }

    @Test
    void mockFlagsExactlyTheFixesOfTwoMinutes() {
        PatrolOfficer o = officer(Kind.MOCK);
        Track t = walk(o, Duration.ofMinutes(20));
        Episode e = only();
        assertEquals(Duration.ofMinutes(2), Duration.between(e.start(), e.end()));
        long flagged = t.samples().stream().filter(Sample::mock).count();
        assertEquals(24, flagged);
        t.samples().stream().filter(Sample::mock)
                .forEach(s -> assertTrue(!s.time().isBefore(e.start()) && s.time().isBefore(e.end())));
    }

    @Test
    void teleportReportsFiveKilometresAwayForThirtySecondsThenComesBack() {
        PatrolOfficer o = officer(Kind.TELEPORT);
        Track t = walk(o, Duration.ofMinutes(20));
        Episode e = only();
        int far = 0;
        for (int i = 0; i < t.samples().size(); i++) {
            Sample s = t.samples().get(i);
            Coordinate reported = town.plane().toMetres(s.lon(), s.lat());
            double off = reported.distance(t.truth().get(i));
            boolean during = !s.time().isBefore(e.start()) && s.time().isBefore(e.end());
            if (during) {
                far++;
                assertEquals(5000, off, 100);
            } else {
                assertTrue(off < 320, "only lone outliers off the track: " + off);
            }
        }
        assertEquals(6, far, "six fixes at 5 s");
    }

    @Test
    void offlineHoldsThePhoneForFifteenMinutes() {
        PatrolOfficer o = officer(Kind.OFFLINE);
        walk(o, Duration.ofMinutes(30));
        Episode e = only();
        assertEquals(Duration.ofMinutes(15), Duration.between(e.start(), e.end()));
        assertEquals(e.end(), o.offlineUntil());
    }

    @Test
    void anEpisodeUnderWayWhenTheRunStopsIsJournaledAsCutShort() {
        PatrolOfficer o = officer(Kind.STILL);
        walk(o, Duration.ofMinutes(30));   // still since about minute 10
        o.stop(T0.plus(Duration.ofMinutes(30)));
        Episode e = only();
        assertTrue(e.cut());
        assertFalse(e.longEnough(), "20 min of 30 needed");
        assertEquals(T0.plus(Duration.ofMinutes(30)), e.end());
    }

    @Test
    void withoutMisbehaviourNothingIsJournaledAndFixesLookLikeAPhones() {
        PatrolOfficer o = officer(null);
        Track t = walk(o, Duration.ofHours(2));
        assertTrue(journal.isEmpty());
        for (Sample s : t.samples()) {
            assertTrue(s.accuracy() >= 5 && s.accuracy() <= 30);
            assertFalse(s.mock());
            assertEquals(s.lon(), Math.round(s.lon() * 1e7) / 1e7);
        }
        double moving = t.samples().stream().filter(s -> s.speed() > 0.5).mapToDouble(Sample::speed).average().orElse(0);
        assertTrue(moving > 1.0 && moving < 1.6, "walking speed " + moving);
    }

    /** Within 10 min of the end he is on his own streets again. */
    private static void assertBackOnHisBeat(Track t, Episode e, Beat beat) {
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < t.times().size(); i++) {
            if (t.times().get(i).isAfter(e.end()) && !t.times().get(i).isAfter(e.end().plus(Duration.ofMinutes(10)))) {
                nearest = Math.min(nearest, beat.distanceFromOwn(t.truth().get(i)));
            }
        }
        assertTrue(nearest < 1, "back on his beat, not " + nearest + " m away");
    }
}

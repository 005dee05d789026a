package org.gridpatrol.simulator.patrol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.gridpatrol.simulator.ToyTown;
import org.gridpatrol.simulator.walk.Leg;
import org.gridpatrol.simulator.walk.Walker;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class BeatTest {

    private final Territory town = ToyTown.territory();
    /** An officer with the block at column 1, row 1 (300–600 m both ways). */
    private final Beat beat = town.beat(List.of(ToyTown.id(1, 1)));

    @Test
    void aDayOfPatrolStaysOnTheStreetsAroundAndInsideHisGrid() {
        Random random = new Random(4);
        Walker[] self = {null};
        self[0] = new Walker(town.streets().node(beat.startNode(random)),
                () -> beat.next(self[0].lastNode(), self[0].position(), 1.3, random), random);
        double farthest = 0;
        double walked = 0;
        Coordinate last = self[0].position();
        Instant t = Instant.parse("2026-11-27T00:00:00Z");
        for (int i = 0; i < 12 * 60 * 8; i++) {
            t = t.plusSeconds(5);
            self[0].advance(5, t);
            farthest = Math.max(farthest, beat.distanceFromOwn(self[0].position()));
            walked += last.distance(self[0].position());
            last = self[0].position();
        }
        assertTrue(farthest < 3, "never off his grid's streets (a pause drifts 2 m): " + farthest + " m");
        double pace = walked / (8 * 3600);
        assertTrue(pace > 0.9 && pace < 1.35, "average pace with pauses " + pace + " m/s");
    }

    @Test
    void aNeighbourTargetIsAHundredMetresDeepAndNotHisOwn() {
        Beat.Target t = beat.insideANeighbour(100, new Random(5));
        assertNotNull(t);
        assertTrue(t.depth() >= 100 && t.depth() <= 140, "depth " + t.depth());
        assertTrue(t.grid().id() != ToyTown.id(1, 1));
        assertTrue(t.distance() >= 100 && t.distance() <= 160, "from his grid " + t.distance());
        assertTrue(t.grid().area().contains(new GeometryFactory().createPoint(t.point())));
    }

    @Test
    void aStreetAwayIsWhereAsked() {
        for (int seed = 0; seed < 20; seed++) {
            int node = beat.streetAway(250, 450, new Random(seed));
            double d = beat.distanceFromOwn(town.streets().node(node));
            assertTrue(d >= 250 && d <= 450, "node " + node + " at " + d + " m");
        }
        assertEquals(-1, beat.streetAway(140, 260, new Random(1)), "the toy town's streets are 300 m apart");
    }

    @Test
    void theWayToACornerOfHisBeatGoesRoundHisOwnStreetsNotAcrossAnotherBlock() {
        // a U of blocks round block (1,1): the street under it (y = 300, x 300..600) is 150 m from his grids
        Beat u = town.beat(List.of(ToyTown.id(0, 1), ToyTown.id(0, 2), ToyTown.id(1, 2), ToyTown.id(2, 2),
                ToyTown.id(2, 1)));
        int to = town.streets().nearestNode(new Coordinate(600, 300));

        List<Leg> legs = u.toNode(new Coordinate(300, 300), to, 1.3);

        double farthest = 0;
        double walked = 0;
        for (Leg leg : legs) {
            List<Coordinate> path = ((Leg.Walk) leg).path();
            for (int i = 1; i < path.size(); i++) {
                Coordinate a = path.get(i - 1);
                Coordinate b = path.get(i);
                walked += a.distance(b);
                for (double f = 0; f <= 1; f += 0.05) {
                    farthest = Math.max(farthest, u.distanceFromOwn(
                            new Coordinate(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y))));
                }
            }
        }
        assertTrue(farthest < 1, "stays on his streets: " + farthest + " m from his grids");
        assertEquals(900, walked, 1, "up, across and down his own streets");
    }

    @Test
    void withGridsApartTheNeighbourTargetIsNextToThePartHeStandsIn() {
        // blocks (0,0) and (3,3): 600 m of other blocks between them
        Beat apart = town.beat(List.of(ToyTown.id(0, 0), ToyTown.id(3, 3)));
        for (int seed = 0; seed < 20; seed++) {
            Beat.Target t = apart.insideANeighbour(100, new Random(seed), new Coordinate(150, 150));
            assertNotNull(t);
            double fromHisPart = town.grids().get(ToyTown.id(0, 0)).area().distance(
                    new GeometryFactory().createPoint(t.point()));
            assertTrue(fromHisPart <= 160, "seed " + seed + ": " + fromHisPart + " m from the block he stands in");
        }
    }

    @Test
    void withoutGridsHeRoamsTheWholeTown() {
        Beat none = town.beat(List.of());
        assertTrue(none.hasStreets());
        assertEquals(0, none.distanceFromOwn(new Coordinate(9999, 9999)));
    }
}

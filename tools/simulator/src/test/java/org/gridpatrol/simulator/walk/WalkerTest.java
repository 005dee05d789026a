package org.gridpatrol.simulator.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class WalkerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void walksAlongThePathAtItsSpeedAndFiresMarksWhenReached() {
        List<Instant> marks = new ArrayList<>();
        Walker w = new Walker(new Coordinate(0, 0), () -> List.of(new Leg.Stay(1000, 0, 0)), new Random(1));
        w.replace(List.of(new Leg.Walk(List.of(new Coordinate(0, 0), new Coordinate(100, 0), new Coordinate(100, 100)), 1.25, 7),
                new Leg.Mark(marks::add), new Leg.Stay(60, 0, 0), new Leg.Mark(marks::add)));
        w.advance(40, T0.plusSeconds(40));
        assertEquals(50, w.position().x, 1e-9);
        assertEquals(1.25, w.speed(), 1e-9);
        assertEquals(90, w.heading(), 1e-9);
        w.advance(80, T0.plusSeconds(120));   // reaches the end at 160 s, not yet
        assertEquals(100, w.position().x, 1e-9);
        assertEquals(50, w.position().y, 1e-9);
        w.advance(100, T0.plusSeconds(220));  // end at 160 s, mark, stay 60 s, mark at 220 s
        assertEquals(List.of(T0.plusSeconds(160), T0.plusSeconds(220)), marks);
        assertEquals(new Coordinate(100, 100), w.position());
    }

    @Test
    void aStayDriftsWithinItsRadius() {
        Walker w = new Walker(new Coordinate(10, 10), () -> List.of(new Leg.Stay(3600, 5, 0.5)), new Random(2));
        double farthest = 0;
        for (int i = 1; i <= 720; i++) {
            w.advance(5, T0.plusSeconds(5L * i));
            farthest = Math.max(farthest, w.position().distance(new Coordinate(10, 10)));
        }
        assertTrue(farthest <= 5 + 1e-9, "drifted " + farthest);
        assertTrue(farthest > 2, "drifted only " + farthest);
    }

    @Test
    void asksItsSourceWhenOutOfLegsAndKnowsTheNodeItEndedOn() {
        int[] asked = {0};
        Walker w = new Walker(new Coordinate(0, 0), () -> {
            asked[0]++;
            return List.of(new Leg.Walk(List.of(new Coordinate(0, 0), new Coordinate(10, 0)), 1, 3),
                    new Leg.Walk(List.of(new Coordinate(10, 0), new Coordinate(0, 0)), 1, 4));
        }, new Random(3));
        w.advance(20, T0.plusSeconds(20));
        assertEquals(1, asked[0]);
        assertEquals(4, w.lastNode());
        w.advance(5, T0.plusSeconds(25));
        assertEquals(-1, w.lastNode(), "under way");
    }
}

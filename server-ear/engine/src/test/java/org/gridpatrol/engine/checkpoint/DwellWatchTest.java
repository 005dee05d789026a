package org.gridpatrol.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.junit.jupiter.api.Test;

class DwellWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
    /** About 10 m of latitude. */
    private static final double TEN_M = 10 / 111_195.0;

    private static Fix at(int second, double northM) {
        return new Fix(T0.plusSeconds(second), 117.35, 32.92 + northM / 10 * TEN_M, 5, 1, "gps", false, second);
    }

    @Test
    void stayingSixtySecondsWithinTheRadiusIsOneVisitDatedOnArrival() {
        List<Place> places = List.of(new Place(7, 117.35, 32.92, 30));
        List<Fix> fixes = new ArrayList<>();
        fixes.add(at(0, 100));
        for (int s = 10; s <= 90; s += 10) {
            fixes.add(at(s, 5));
        }
        fixes.add(at(100, 100));
        List<Visit> visits = new DwellWatch().accept(fixes, places, Duration.ofSeconds(60));
        assertEquals(List.of(new Visit(7, T0.plusSeconds(10))), visits);
    }

    @Test
    void passingThroughIsNoVisitAndAStaySplitAcrossBatchesIs() {
        List<Place> places = List.of(new Place(7, 117.35, 32.92, 30));
        DwellWatch watch = new DwellWatch();
        assertEquals(0, watch.accept(List.of(at(0, 0), at(20, 0), at(30, 50)), places, Duration.ofSeconds(60)).size());
        assertEquals(0, watch.accept(List.of(at(40, 0), at(70, 0)), places, Duration.ofSeconds(60)).size());
        assertEquals(1, watch.accept(List.of(at(100, 0), at(110, 0)), places, Duration.ofSeconds(60)).size());
        assertEquals(0, watch.accept(List.of(at(200, 0)), places, Duration.ofSeconds(60)).size(), "still the same stay");
    }
}

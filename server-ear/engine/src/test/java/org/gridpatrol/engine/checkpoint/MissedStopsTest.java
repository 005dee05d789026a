package org.gridpatrol.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissedStopsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant EIGHT = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void everyTwoHoursOverEightHoursAnUnvisitedCheckpointIsMissedFourTimes() {
        PlanRules plan = new PlanRules(1, false, Duration.ofHours(2), EIGHT, EIGHT.plus(Duration.ofHours(8)), SHANGHAI,
                List.of(new Stop(1, 21, null, null), new Stop(2, 22, null, null)));
        List<Visit> counted = List.of(new Visit(21, EIGHT.plusSeconds(60)), new Visit(21, EIGHT.plus(Duration.ofMinutes(130))),
                new Visit(21, EIGHT.plus(Duration.ofMinutes(250))), new Visit(21, EIGHT.plus(Duration.ofMinutes(370))));
        List<Due> missed = MissedStops.between(plan, counted, EIGHT.minusSeconds(1), EIGHT.plus(Duration.ofHours(9)));
        assertEquals(4, missed.size());
        missed.forEach(d -> assertEquals(22, d.stop().checkpointId()));
        assertEquals(EIGHT.plus(Duration.ofHours(2)), missed.get(0).deadline());
        assertEquals(EIGHT.plus(Duration.ofHours(8)), missed.get(3).deadline());
    }

    @Test
    void aWindowedStopIsMissedAtTheEndOfItsWindowNotBefore() {
        PlanRules plan = new PlanRules(1, false, null, EIGHT, null, SHANGHAI,
                List.of(new Stop(1, 21, LocalTime.of(9, 0), LocalTime.of(10, 0))));
        Instant ten = EIGHT.plus(Duration.ofHours(2));
        assertEquals(0, MissedStops.between(plan, List.of(), EIGHT, ten.minusSeconds(1)).size());
        List<Due> missed = MissedStops.between(plan, List.of(), EIGHT, ten);
        assertEquals(1, missed.size());
        assertEquals(ten, missed.get(0).deadline());
    }

    @Test
    void aWindowAcrossMidnightEndsNextMorning() {
        PlanRules plan = new PlanRules(1, false, Duration.ofHours(24), EIGHT, null, SHANGHAI,
                List.of(new Stop(1, 21, LocalTime.of(22, 0), LocalTime.of(2, 0))));
        // round 08:00 → 08:00 next day; the window 22:00 → 02:00 lies inside it
        Due due = plan.due(plan.stops().get(0), plan.roundAt(EIGHT).orElseThrow()).orElseThrow();
        assertEquals(EIGHT.plus(Duration.ofHours(14)), due.opens());
        assertEquals(EIGHT.plus(Duration.ofHours(18)), due.deadline());
    }
}

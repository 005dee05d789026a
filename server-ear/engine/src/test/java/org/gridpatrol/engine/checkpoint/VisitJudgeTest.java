package org.gridpatrol.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitJudgeTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-11-02 08:00 in Shanghai. */
    private static final Instant EIGHT = Instant.parse("2026-11-02T00:00:00Z");
    private static final long A = 11;
    private static final long B = 12;
    private static final long C = 13;

    private static PlanRules forced(Duration frequency) {
        return new PlanRules(1, true, frequency, EIGHT, EIGHT.plus(Duration.ofHours(10)), SHANGHAI,
                List.of(new Stop(1, A, null, null), new Stop(2, B, null, null), new Stop(3, C, null, null)));
    }

    @Test
    void visitingBBeforeADoesNotCountForBAndNamesA() {
        Verdict verdict = VisitJudge.judge(forced(null), List.of(), B, EIGHT.plusSeconds(600));
        assertFalse(verdict.counted());
        assertTrue(verdict.outOfOrder());
        assertEquals(A, verdict.skippedCheckpointId());
        assertTrue(verdict.reason().contains("out of order"), verdict.reason());
    }

    @Test
    void theForcedOrderVisitedInOrderCountsEachStop() {
        PlanRules plan = forced(null);
        List<Visit> counted = new ArrayList<>();
        long[] order = {A, B, C};
        for (int i = 0; i < order.length; i++) {
            Instant at = EIGHT.plusSeconds(600L * (i + 1));
            Verdict verdict = VisitJudge.judge(plan, counted, order[i], at);
            assertTrue(verdict.counted(), verdict.reason());
            assertEquals(i + 1, verdict.ordinal());
            counted.add(new Visit(order[i], at));
        }
        assertEquals("already visited in this round",
                VisitJudge.judge(plan, counted, A, EIGHT.plusSeconds(3000)).reason());
    }

    @Test
    void withoutForcedOrderAnyOrderCounts() {
        PlanRules plan = new PlanRules(1, false, null, EIGHT, null, SHANGHAI,
                List.of(new Stop(1, A, null, null), new Stop(2, B, null, null)));
        assertTrue(VisitJudge.judge(plan, List.of(), B, EIGHT.plusSeconds(60)).counted());
    }

    @Test
    void aFrequencyStartsANewRoundEveryTwoHours() {
        PlanRules plan = forced(Duration.ofHours(2));
        List<Visit> counted = List.of(new Visit(A, EIGHT.plusSeconds(60)));
        assertEquals("already visited in this round", VisitJudge.judge(plan, counted, A, EIGHT.plusSeconds(3600)).reason());
        Verdict nextRound = VisitJudge.judge(plan, counted, A, EIGHT.plus(Duration.ofMinutes(121)));
        assertTrue(nextRound.counted(), nextRound.reason());
    }

    @Test
    void aVisitOutsideTheWindowDoesNotCount() {
        PlanRules plan = new PlanRules(1, false, null, EIGHT, null, SHANGHAI,
                List.of(new Stop(1, A, LocalTime.of(9, 0), LocalTime.of(10, 0))));
        Verdict early = VisitJudge.judge(plan, List.of(), A, EIGHT.plusSeconds(60));
        assertFalse(early.counted());
        assertTrue(early.reason().startsWith("outside its time window 09:00"), early.reason());
        assertTrue(VisitJudge.judge(plan, List.of(), A, EIGHT.plus(Duration.ofMinutes(90))).counted());
    }

    @Test
    void aStopWhoseDeadlinePassedNoLongerBlocksTheOrder() {
        PlanRules plan = new PlanRules(1, true, null, EIGHT, null, SHANGHAI,
                List.of(new Stop(1, A, LocalTime.of(8, 0), LocalTime.of(9, 0)), new Stop(2, B, null, null)));
        assertTrue(VisitJudge.judge(plan, List.of(), B, EIGHT.plus(Duration.ofMinutes(61))).counted());
        assertFalse(VisitJudge.judge(plan, List.of(), B, EIGHT.plus(Duration.ofMinutes(59))).counted());
    }

    @Test
    void beforeThePlanNothingCounts() {
        assertEquals("outside the plan's period", VisitJudge.judge(forced(null), List.of(), A, EIGHT.minusSeconds(1)).reason());
    }
}

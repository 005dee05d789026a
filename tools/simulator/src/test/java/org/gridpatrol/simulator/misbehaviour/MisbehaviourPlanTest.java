package org.gridpatrol.simulator.misbehaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MisbehaviourPlanTest {

    private static final Instant T0 = Instant.parse("2026-11-27T00:30:00Z");

    @Test
    void episodesStartAtTheAskedRateAndEveryKindComesUp() {
        // 200 officer-days at 0.5 per hour, each episode finished at once: ~ rate × time minus the cooldowns
        Map<Kind, Integer> seen = new EnumMap<>(Kind.class);
        int total = 0;
        double hours = 0;
        for (int officer = 0; officer < 200; officer++) {
            MisbehaviourPlan plan = new MisbehaviourPlan(0.5, List.of(Kind.values()), new Random(officer), T0);
            Instant t = T0;
            Instant free = T0;
            for (int i = 0; i < 12 * 60 * 8; i++, t = t.plusSeconds(5)) {
                Kind k = plan.next(t, 5);
                if (k != null) {
                    total++;
                    seen.merge(k, 1, Integer::sum);
                    plan.finished(k, t);
                    free = t.plus(k.cooldown());
                } else if (!t.isBefore(free)) {
                    hours += 5 / 3600.0;
                }
            }
        }
        double expected = 0.5 * hours;
        assertTrue(Math.abs(total - expected) < 0.1 * expected, total + " episodes, expected about " + expected);
        assertEquals(Kind.values().length, seen.size());
        seen.values().forEach(n -> assertTrue(n > 0.1 * 1000 / Kind.values().length * 0.5, seen.toString()));
    }

    @Test
    void nothingInTheWarmUpNorWhileOneRunsNorInTheCooldown() {
        MisbehaviourPlan plan = new MisbehaviourPlan(3600, List.of(Kind.STILL), new Random(1), T0.plusSeconds(300));
        assertNull(plan.next(T0, 5), "warm-up");
        Kind k = plan.next(T0.plusSeconds(300), 5);
        assertEquals(Kind.STILL, k);
        assertNull(plan.next(T0.plusSeconds(305), 5), "one under way");
        Instant done = T0.plusSeconds(300 + 35 * 60);
        plan.finished(k, done);
        assertNull(plan.next(done.plus(Kind.STILL.cooldown()).minusSeconds(1), 5), "cooldown");
        assertEquals(Kind.STILL, plan.next(done.plus(Kind.STILL.cooldown()), 5));
    }

    @Test
    void aZeroRateNeverStartsAnything() {
        MisbehaviourPlan plan = new MisbehaviourPlan(0, List.of(Kind.values()), new Random(1), T0);
        for (int i = 0; i < 10_000; i++) {
            assertNull(plan.next(T0.plus(Duration.ofSeconds(5L * i)), 5));
        }
    }

    @Test
    void anEpisodeThatCannotStartIsRetriedAMinuteLater() {
        MisbehaviourPlan plan = new MisbehaviourPlan(3600, List.of(Kind.CROSS_ZONE), new Random(1), T0);
        assertEquals(Kind.CROSS_ZONE, plan.next(T0, 5));
        plan.couldNotStart(T0);
        assertNull(plan.next(T0.plusSeconds(59), 5));
        assertEquals(Kind.CROSS_ZONE, plan.next(T0.plusSeconds(60), 5));
    }
}

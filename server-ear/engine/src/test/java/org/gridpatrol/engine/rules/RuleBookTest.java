package org.gridpatrol.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmThresholds;
import org.gridpatrol.engine.alarm.ThresholdSchedule;
import org.junit.jupiter.api.Test;

class RuleBookTest {

    private static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    private static final List<Long> CHAIN = List.of(1L, 2L, 3L);

    private static RuleSet unit(long id, long unit, Instant from, ThresholdSetting s, double v) {
        return new RuleSet(id, unit, null, from, Map.of(s, v));
    }

    @Test
    void theNearestUnitWinsSettingBySettingAndTheGridWinsOverAll() {
        RuleBook book = new RuleBook(List.of(
                new RuleSet(1, 1L, null, T, Map.of(ThresholdSetting.OFF_POST_MINUTES, 15.0,
                        ThresholdSetting.STILL_MINUTES, 45.0)),
                unit(2, 3, T, ThresholdSetting.OFF_POST_MINUTES, 5),
                new RuleSet(3, null, 77L, T, Map.of(ThresholdSetting.STILL_MINUTES, 20.0))), AlarmThresholds.DEFAULTS);

        AlarmThresholds squad = book.effective(CHAIN, null, T);
        assertEquals(Duration.ofMinutes(5), squad.offPostDwell());
        assertEquals(Duration.ofMinutes(45), squad.stillDwell());
        AlarmThresholds grid = book.effective(CHAIN, 77L, T);
        assertEquals(Duration.ofMinutes(5), grid.offPostDwell());
        assertEquals(Duration.ofMinutes(20), grid.stillDwell());
        assertEquals(AlarmThresholds.DEFAULTS, book.effective(List.of(9L), null, T));
    }

    @Test
    void aSetAppliesFromItsTimeAndThePastKeepsTheOlderOne() {
        RuleBook book = new RuleBook(List.of(unit(1, 3, T, ThresholdSetting.OFF_POST_MINUTES, 15),
                unit(2, 3, T.plusSeconds(3600), ThresholdSetting.OFF_POST_MINUTES, 4)), AlarmThresholds.DEFAULTS);
        ThresholdSchedule schedule = book.scheduleFor(CHAIN);

        assertEquals(Duration.ofMinutes(10), schedule.at(ThresholdSchedule.NO_GRID, T.toEpochMilli() - 1).offPostDwell());
        assertEquals(Duration.ofMinutes(15), schedule.at(ThresholdSchedule.NO_GRID, T.toEpochMilli()).offPostDwell());
        assertEquals(Duration.ofMinutes(15), schedule.at(5, T.plusSeconds(3599).toEpochMilli()).offPostDwell());
        assertEquals(Duration.ofMinutes(4), schedule.at(5, T.plusSeconds(3600).toEpochMilli()).offPostDwell());
        assertSame(schedule.at(5, T.plusSeconds(4000).toEpochMilli()), schedule.at(5, T.plusSeconds(9000).toEpochMilli()),
                "a fix is judged without building thresholds");
        assertEquals(2, book.inForce(CHAIN, null, T.plusSeconds(3600)).get(0).id());
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedByName() {
        assertNull(ThresholdSetting.OFF_POST_MINUTES.refusal(3));
        assertEquals("offPostMinutes must be between 1 and 240, not 0.5", ThresholdSetting.OFF_POST_MINUTES.refusal(0.5));
        assertEquals("noNoiseFixes must be a whole number, not 7.5", ThresholdSetting.NO_NOISE_FIXES.refusal(7.5));
        assertThrows(IllegalArgumentException.class, () -> new RuleSet(1, 1L, 2L, T, Map.of()));
    }

    @Test
    void everySettingRoundTripsThroughTheThresholds() {
        Map<ThresholdSetting, Double> all = ThresholdSetting.of(AlarmThresholds.DEFAULTS);
        assertEquals(ThresholdSetting.values().length, all.size());
        assertEquals(AlarmThresholds.DEFAULTS, ThresholdSetting.with(AlarmThresholds.DEFAULTS, all));
        for (ThresholdSetting s : ThresholdSetting.values()) {
            assertNull(s.refusal(all.get(s)), s + " default is inside its own range");
        }
    }
}

package org.gridpatrol.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gridpatrol.simulator.OptionsAccess;
import org.junit.jupiter.api.Test;

class RunSettingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Friday, 08:23 in Bengbu. */
    private static final Instant NOW = Instant.parse("2026-11-27T00:23:51Z");

    @Test
    void realtimeRunsOnTheRealClock() {
        RunSettings s = RunSettings.of(OptionsAccess.parse(), NOW);
        assertEquals(NOW, s.simStart());
        assertEquals(1.0, s.speed());
        assertEquals(null, s.wallLimit());
        assertEquals(Duration.ofSeconds(30), s.uploadEvery());
    }

    @Test
    void anAcceleratedDayStartsAtHalfPastEightOfTheLastWeekdayItFitsIn() {
        RunSettings s = RunSettings.of(OptionsAccess.parse("--mode", "accelerated", "--speed", "60"), NOW);
        ZonedDateTime start = s.simStart().atZone(SHANGHAI);
        assertEquals(LocalTime.of(8, 30), start.toLocalTime());
        assertEquals(DayOfWeek.THURSDAY, start.getDayOfWeek(), "today's 08:30 + 8 h lies in the future");
        assertTrue(s.simEnd().isBefore(NOW));
        assertEquals(Duration.ofHours(8), Duration.between(s.simStart(), s.simEnd()));
    }

    @Test
    void acceleratedRunsLongerThanAShiftEndNowAndNeverInTheFuture() {
        RunSettings s = RunSettings.of(OptionsAccess.parse("--mode", "accelerated", "--speed", "120", "--duration", "10m"), NOW);
        assertTrue(s.simEnd().isBefore(NOW));
        assertTrue(s.simEnd().isAfter(NOW.minus(Duration.ofMinutes(3))));
    }

    @Test
    void aLoadRunsClockRunsAsFastAsTheRateNeeds() {
        RunSettings s = RunSettings.of(OptionsAccess.parse("--mode", "load", "--rate", "10000", "--officers", "80"), NOW);
        assertEquals(625, s.speed(), 1e-9, "10,000 fixes/s from 80 phones at one fix per 5 s");
        assertEquals(Duration.ofSeconds(60), s.wallLimit());
        assertTrue(s.simEnd().isBefore(NOW));
        assertEquals(500, s.batchEnough());
        assertEquals(Duration.ofSeconds(2500), s.uploadEvery());
    }

    @Test
    void aStartInTheFutureOrBeyondThirtyDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RunSettings.of(OptionsAccess.parse("--mode", "accelerated",
                "--start", "2026-11-27T09:00:00+08:00"), NOW));
        assertThrows(IllegalArgumentException.class, () -> RunSettings.of(OptionsAccess.parse("--mode", "load",
                "--rate", "100000", "--officers", "10", "--duration", "1h"), NOW));
    }
}

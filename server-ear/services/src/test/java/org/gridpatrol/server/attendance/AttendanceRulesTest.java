package org.gridpatrol.server.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.server.shift.HolidayCalendar;
import org.gridpatrol.server.shift.ShiftSchedule;
import org.gridpatrol.server.shift.ShiftSchedule.Interval;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration GRACE = Duration.ofMinutes(5);
    /** 夜班 20:00–06:00 every day. */
    private static final ShiftSchedule NIGHT = new ShiftSchedule(List.of(1, 2, 3, 4, 5, 6, 7).stream()
            .map(d -> new ShiftSchedule.Window(d, LocalTime.of(20, 0), LocalTime.of(6, 0))).toList());

    private static List<Interval> nights(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).flatMap(d -> NIGHT.startingOn(d, ZONE, HolidayCalendar.NONE).stream()).toList();
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    @Test
    void aClockInAfterMidnightBelongsToTheNightShiftThatBeganTheEveningBeforeAndIsLate() {
        List<Interval> shifts = nights(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        Instant t = at("2026-11-27T00:20:00");
        Optional<Interval> shift = AttendanceRules.shiftOfClockIn(shifts, t);
        assertEquals(at("2026-11-26T20:00:00"), shift.orElseThrow().from());
        assertTrue(AttendanceRules.late(shift.get(), t, GRACE));
        assertTrue(AttendanceRules.absentDue(shift.get(), t, Duration.ofMinutes(30)));
    }

    @Test
    void aClockInWithinTheGraceOrBeforeTheStartIsOnTime() {
        List<Interval> shifts = nights(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        Instant early = at("2026-11-26T19:10:00");
        assertEquals(at("2026-11-26T20:00:00"), AttendanceRules.shiftOfClockIn(shifts, early).orElseThrow().from());
        assertFalse(AttendanceRules.late(AttendanceRules.shiftOfClockIn(shifts, early).get(), early, GRACE));
        Instant inGrace = at("2026-11-26T20:04:59");
        assertFalse(AttendanceRules.late(AttendanceRules.shiftOfClockIn(shifts, inGrace).get(), inGrace, GRACE));
        assertTrue(AttendanceRules.shiftOfClockIn(shifts, at("2026-11-26T12:00:00")).isEmpty(), "no shift at noon");
    }

    @Test
    void leavingAtFiveInTheMorningIsEarlyButAtFiveFiftySixIsNot() {
        List<Interval> shifts = nights(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
        Instant five = at("2026-11-27T05:00:00");
        Interval shift = AttendanceRules.shiftOfClockOut(shifts, five).orElseThrow();
        assertEquals(at("2026-11-27T06:00:00"), shift.to());
        assertTrue(AttendanceRules.earlyLeave(shift, five, GRACE));
        assertFalse(AttendanceRules.earlyLeave(shift, at("2026-11-27T05:56:00"), GRACE));
        assertTrue(AttendanceRules.shiftOfClockOut(shifts, at("2026-11-27T06:30:00")).isEmpty(), "after the shift: nothing to leave");
    }

    @Test
    void absenceIsDueOnlyBetweenTheLimitAndTheEndOfTheShift() {
        Interval shift = nights(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26)).get(0);
        Duration limit = Duration.ofMinutes(30);
        assertFalse(AttendanceRules.absentDue(shift, at("2026-11-26T20:29:59"), limit));
        assertTrue(AttendanceRules.absentDue(shift, at("2026-11-26T20:30:00"), limit));
        assertFalse(AttendanceRules.absentDue(shift, at("2026-11-27T06:00:00"), limit));
    }
}

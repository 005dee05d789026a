package org.gridpatrol.server.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShiftScheduleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-11-30 is a Monday
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private static final ShiftSchedule NIGHT_MONDAY = new ShiftSchedule(List.of(window(1, "20:00", "06:00")));
    private static final ShiftSchedule DAY_WEEKDAYS = new ShiftSchedule(List.of(
            window(1, "08:00", "17:00"), window(2, "08:00", "17:00"), window(3, "08:00", "17:00"),
            window(4, "08:00", "17:00"), window(5, "08:00", "17:00")));

    @Test
    void nightShiftStartedMondayCoversTuesdayTwoInTheMorning() {
        assertTrue(NIGHT_MONDAY.covers(local(TUESDAY, "02:00"), SHANGHAI, HolidayCalendar.NONE));
        assertTrue(NIGHT_MONDAY.covers(local(MONDAY, "20:00"), SHANGHAI, HolidayCalendar.NONE), "start is inclusive");
        assertTrue(NIGHT_MONDAY.covers(local(MONDAY, "23:59"), SHANGHAI, HolidayCalendar.NONE));
    }

    @Test
    void nightShiftStartedMondayIsOverAtSixAndAtSevenTuesday() {
        assertFalse(NIGHT_MONDAY.covers(local(TUESDAY, "06:00"), SHANGHAI, HolidayCalendar.NONE), "end is exclusive");
        assertFalse(NIGHT_MONDAY.covers(local(TUESDAY, "07:00"), SHANGHAI, HolidayCalendar.NONE));
        assertFalse(NIGHT_MONDAY.covers(local(MONDAY, "19:59"), SHANGHAI, HolidayCalendar.NONE));
        assertFalse(NIGHT_MONDAY.covers(local(MONDAY, "02:00"), SHANGHAI, HolidayCalendar.NONE),
                "Monday early morning belongs to Sunday's night, which this shift has not");
    }

    @Test
    void holidayOnMondayCancelsTheNightStartedMondayEvenPastMidnight() {
        HolidayCalendar mondayOff = calendar(Map.of(MONDAY, DayRule.holiday()));
        assertFalse(NIGHT_MONDAY.covers(local(MONDAY, "21:00"), SHANGHAI, mondayOff));
        assertFalse(NIGHT_MONDAY.covers(local(TUESDAY, "02:00"), SHANGHAI, mondayOff));
    }

    @Test
    void holidayOnTuesdayDoesNotCancelTheNightStartedMonday() {
        HolidayCalendar tuesdayOff = calendar(Map.of(TUESDAY, DayRule.holiday()));
        assertTrue(NIGHT_MONDAY.covers(local(TUESDAY, "02:00"), SHANGHAI, tuesdayOff));
    }

    @Test
    void holidayCancelsTheDayWindows() {
        HolidayCalendar tuesdayOff = calendar(Map.of(TUESDAY, DayRule.holiday()));
        assertTrue(DAY_WEEKDAYS.covers(local(TUESDAY, "09:00"), SHANGHAI, HolidayCalendar.NONE));
        assertFalse(DAY_WEEKDAYS.covers(local(TUESDAY, "09:00"), SHANGHAI, tuesdayOff));
        assertTrue(DAY_WEEKDAYS.covers(local(MONDAY, "09:00"), SHANGHAI, tuesdayOff));
    }

    @Test
    void makeUpWorkdayOnSaturdayFollowsTheWindowsOfItsWeekday() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertFalse(DAY_WEEKDAYS.covers(local(saturday, "09:00"), SHANGHAI, HolidayCalendar.NONE));
        HolidayCalendar makeUp = calendar(Map.of(saturday, DayRule.workdayAs(1)));
        assertTrue(DAY_WEEKDAYS.covers(local(saturday, "09:00"), SHANGHAI, makeUp));
        assertFalse(DAY_WEEKDAYS.covers(local(saturday, "17:00"), SHANGHAI, makeUp));
        assertTrue(NIGHT_MONDAY.covers(local(saturday.plusDays(1), "03:00"), SHANGHAI, makeUp),
                "a Saturday working as a Monday has Monday's night, into Sunday");
    }

    @Test
    void makeUpWorkdayAsAnotherWeekdayDropsItsOwnWindows() {
        HolidayCalendar mondayAsSunday = calendar(Map.of(MONDAY, DayRule.workdayAs(7)));
        assertFalse(DAY_WEEKDAYS.covers(local(MONDAY, "09:00"), SHANGHAI, mondayAsSunday));
    }

    @Test
    void windowWhoseEndEqualsItsStartLastsTwentyFourHours() {
        ShiftSchedule fullDay = new ShiftSchedule(List.of(window(3, "08:00", "08:00")));
        LocalDate wednesday = MONDAY.plusDays(2);
        assertEquals(Duration.ofHours(24), fullDay.windows().get(0).length());
        assertTrue(fullDay.covers(local(wednesday, "08:00"), SHANGHAI, HolidayCalendar.NONE));
        assertTrue(fullDay.covers(local(wednesday.plusDays(1), "07:59"), SHANGHAI, HolidayCalendar.NONE));
        assertFalse(fullDay.covers(local(wednesday.plusDays(1), "08:00"), SHANGHAI, HolidayCalendar.NONE));
    }

    @Test
    void windowsAreWallClockTimesOfTheBureausZone() {
        Instant tuesdayTwoInShanghai = Instant.parse("2026-11-30T18:00:00Z");
        assertTrue(NIGHT_MONDAY.covers(tuesdayTwoInShanghai, SHANGHAI, HolidayCalendar.NONE));
        assertFalse(NIGHT_MONDAY.covers(tuesdayTwoInShanghai, ZoneId.of("UTC"), HolidayCalendar.NONE),
                "18:00 Monday in UTC is before a 20:00 start");
    }

    @Test
    void startingOnGivesTheRealIntervalOfANightWindow() {
        List<ShiftSchedule.Interval> monday = NIGHT_MONDAY.startingOn(MONDAY, SHANGHAI, HolidayCalendar.NONE);
        assertEquals(List.of(new ShiftSchedule.Interval(local(MONDAY, "20:00"), local(TUESDAY, "06:00"))), monday);
        assertEquals(List.of(), NIGHT_MONDAY.startingOn(TUESDAY, SHANGHAI, HolidayCalendar.NONE));
    }

    @Test
    void nightWindowRunningIntoTheNextDaysWindowOverlapsIt() {
        ShiftSchedule schedule = new ShiftSchedule(List.of(window(1, "20:00", "06:00"), window(2, "05:00", "08:00")));
        assertEquals(Optional.of(new ShiftSchedule.Overlap(0, 1)), schedule.firstOverlap());
    }

    @Test
    void sundayNightRunsIntoMonday() {
        ShiftSchedule schedule = new ShiftSchedule(List.of(window(1, "01:00", "03:00"), window(7, "22:00", "02:00")));
        assertEquals(Optional.of(new ShiftSchedule.Overlap(0, 1)), schedule.firstOverlap());
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        ShiftSchedule schedule = new ShiftSchedule(List.of(
                window(1, "08:00", "12:00"), window(1, "12:00", "18:00"), window(1, "18:00", "08:00"),
                window(7, "22:00", "08:00")));
        assertEquals(Optional.empty(), schedule.firstOverlap());
    }

    private static ShiftSchedule.Window window(int weekday, String start, String end) {
        return new ShiftSchedule.Window(weekday, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Instant local(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    private static HolidayCalendar calendar(Map<LocalDate, DayRule> rules) {
        return day -> Optional.ofNullable(rules.get(day));
    }
}

package org.gridpatrol.district.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2026 calendar as announced: 33 days off in seven holidays, six make-up working days. */
class Holidays2026Test {

    private final List<Holiday> days = Holidays2026.calendar(1);

    @Test
    void thirtyThreeDaysOffAndSixMakeUpDays() {
        assertEquals(33, days.stream().filter(h -> !h.workday()).count());
        assertEquals(6, days.stream().filter(Holiday::workday).count());
    }

    @Test
    void springFestivalRunsNineDaysFromTheFifteenthOfFebruary() {
        List<LocalDate> spring = days.stream().filter(h -> h.name().equals("春节")).map(Holiday::day).toList();
        assertEquals(LocalDate.of(2026, 2, 15), spring.get(0));
        assertEquals(LocalDate.of(2026, 2, 23), spring.get(spring.size() - 1));
        assertEquals(9, spring.size());
    }

    @Test
    void nationalDayRunsTheFirstWeekOfOctober() {
        assertEquals(7, days.stream().filter(h -> h.name().equals("国庆节")).count());
    }

    @Test
    void makeUpDaysFallOnWeekendsAndWorkAsAWeekday() {
        for (Holiday h : days) {
            if (h.workday()) {
                DayOfWeek d = h.day().getDayOfWeek();
                assertTrue(d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY, h.toString());
                assertTrue(h.asWeekday() >= 1 && h.asWeekday() <= 5, h.toString());
            }
        }
    }

    @Test
    void noDayTwice() {
        assertEquals(days.size(), days.stream().map(Holiday::day).distinct().count());
    }
}

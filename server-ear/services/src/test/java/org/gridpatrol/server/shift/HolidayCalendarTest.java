package org.gridpatrol.server.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void globalDayAppliesToEveryUnit() {
        HolidayCalendar calendar = HolidayCalendar.forUnit("/1/4/9/",
                List.of(new HolidayCalendar.Entry(DAY, null, DayRule.holiday())));
        assertEquals(Optional.of(DayRule.holiday()), calendar.ruleFor(DAY));
        assertEquals(Optional.empty(), calendar.ruleFor(DAY.plusDays(1)));
    }

    @Test
    void theDeepestUnitOnTheWayFromTheRootWins() {
        List<HolidayCalendar.Entry> entries = List.of(
                new HolidayCalendar.Entry(DAY, null, DayRule.holiday()),
                new HolidayCalendar.Entry(DAY, "/1/4/", DayRule.workdayAs(3)),
                new HolidayCalendar.Entry(DAY, "/1/", DayRule.holiday()));
        assertEquals(Optional.of(DayRule.workdayAs(3)), HolidayCalendar.forUnit("/1/4/9/", entries).ruleFor(DAY));
        assertEquals(Optional.of(DayRule.holiday()), HolidayCalendar.forUnit("/1/5/", entries).ruleFor(DAY));
    }

    @Test
    void daysOfOtherBranchesDoNotApply() {
        List<HolidayCalendar.Entry> entries = List.of(new HolidayCalendar.Entry(DAY, "/1/4/", DayRule.holiday()));
        assertEquals(Optional.empty(), HolidayCalendar.forUnit("/1/40/", entries).ruleFor(DAY),
                "/1/40/ is not under /1/4/");
        assertEquals(Optional.empty(), HolidayCalendar.forUnit("/1/", entries).ruleFor(DAY),
                "a day of a child does not apply to its parent");
    }
}

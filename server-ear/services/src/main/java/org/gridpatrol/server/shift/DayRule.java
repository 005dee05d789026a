package org.gridpatrol.server.shift;

/**
 * What the holiday calendar says about one day: no work at all, or a make-up working day that
 * follows the windows of another weekday.
 *
 * @param asWeekday ISO weekday whose windows apply, 1 = Monday; 0 for a holiday
 */
public record DayRule(int asWeekday) {
    private static final DayRule HOLIDAY = new DayRule(0);

    public DayRule {
        if (asWeekday < 0 || asWeekday > 7) {
            throw new IllegalArgumentException("weekday must be 1..7 (or 0 for a holiday): " + asWeekday);
        }
    }

    /** @return a day on which no shift window applies */
    public static DayRule holiday() {
        return HOLIDAY;
    }

    /** @return a make-up working day that follows the windows of the given ISO weekday */
    public static DayRule workdayAs(int weekday) {
        if (weekday < 1) {
            throw new IllegalArgumentException("weekday must be 1..7: " + weekday);
        }
        return new DayRule(weekday);
    }

    /** @return true when no shift window applies that day */
    public boolean isHoliday() {
        return asWeekday == 0;
    }
}

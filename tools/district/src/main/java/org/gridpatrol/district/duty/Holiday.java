package org.gridpatrol.district.duty;

import java.time.LocalDate;

/**
 * One day of the holiday calendar: a day off ({@code asWeekday} null) or a make-up working day
 * (调休上班) that follows the windows of weekday {@code asWeekday}.
 */
public record Holiday(long id, LocalDate day, String name, Integer asWeekday) {

    public boolean workday() {
        return asWeekday != null;
    }
}

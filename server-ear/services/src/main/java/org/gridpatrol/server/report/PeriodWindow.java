package org.gridpatrol.server.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.gridpatrol.model.report.ReportPeriod;

/**
 * A report period in the bureau's calendar and the one before it: the day of {@code date}, the
 * week (Monday to Sunday) holding it, or its month.
 *
 * @param first        first day of the period
 * @param from         its start
 * @param to           its end (exclusive)
 * @param previousFrom start of the previous period, which ends at {@code from}
 */
public record PeriodWindow(LocalDate first, Instant from, Instant to, Instant previousFrom) {

    /** @return the period of that kind holding the date, in the zone */
    public static PeriodWindow of(ReportPeriod period, LocalDate date, ZoneId zone) {
        LocalDate first = switch (period) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
        LocalDate next = switch (period) {
            case DAY -> first.plusDays(1);
            case WEEK -> first.plusWeeks(1);
            case MONTH -> first.plusMonths(1);
        };
        LocalDate previous = switch (period) {
            case DAY -> first.minusDays(1);
            case WEEK -> first.minusWeeks(1);
            case MONTH -> first.minusMonths(1);
        };
        return new PeriodWindow(first, first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant(),
                previous.atStartOfDay(zone).toInstant());
    }
}

package org.gridpatrol.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The duty report of an org unit's officers over a day, week or month, ranked, each beside his
 * figures of the previous period.
 *
 * @param orgUnitId    the org unit (its whole subtree is reported)
 * @param orgUnitName  its name
 * @param period       DAY, WEEK or MONTH
 * @param day          the first day of the period, in the bureau's calendar
 * @param from         start of the period
 * @param to           end of the period
 * @param previousFrom start of the previous period
 * @param generatedAt  when the report was made
 * @param officers     one line per officer, by rank
 */
public record DutyReport(long orgUnitId, String orgUnitName, ReportPeriod period, LocalDate day, Instant from, Instant to,
                         Instant previousFrom, Instant generatedAt, List<OfficerReport> officers) {
}

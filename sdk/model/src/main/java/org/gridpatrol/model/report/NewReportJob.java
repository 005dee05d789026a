package org.gridpatrol.model.report;

import java.time.LocalDate;

/**
 * The body of {@code POST /report-jobs}: which duty report to make.
 *
 * @param orgUnitId the org unit (its subtree is reported)
 * @param period    DAY, WEEK or MONTH
 * @param date      a day of the period, YYYY-MM-DD
 */
public record NewReportJob(Long orgUnitId, ReportPeriod period, LocalDate date) {
}

package org.gridpatrol.model.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A duty report running (or run) in the background.
 *
 * @param id         the job
 * @param orgUnitId  the org unit reported
 * @param period     DAY, WEEK or MONTH
 * @param date       a day of the period
 * @param state      QUEUED, RUNNING, DONE, FAILED, CANCELLED, or INTERRUPTED (the server stopped while it ran)
 * @param percent    0..100
 * @param rowsDone   officers measured so far
 * @param rowsTotal  officers to measure, once known
 * @param error      why it failed or was interrupted, or null
 * @param createdAt  when it was asked for
 * @param startedAt  when it started, or null
 * @param finishedAt when it ended, or null
 */
public record ReportJob(long id, long orgUnitId, ReportPeriod period, LocalDate date, String state, int percent,
                        int rowsDone, Integer rowsTotal, String error, Instant createdAt, Instant startedAt,
                        Instant finishedAt) {
}

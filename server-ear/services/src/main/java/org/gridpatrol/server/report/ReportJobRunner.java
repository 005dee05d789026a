package org.gridpatrol.server.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.ReportPeriod;
import org.gridpatrol.server.scope.Caller;

/**
 * Runs one report job on the container's asynchronous pool. Every state change is a single
 * autocommitted update guarded by the state it expects, so a cancel that lands meanwhile wins
 * and a finished job is never overwritten.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportJobRunner {
    private static final Logger LOG = Logger.getLogger(ReportJobRunner.class.getName());

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private DutyReports reports;

    /** Makes the report of the job and stores it, unless the job was cancelled first. */
    @Asynchronous
    public void run(long jobId, Caller caller, long orgUnitId, ReportPeriod period, LocalDate date) {
        if (update("UPDATE report_job SET state = 'RUNNING', started_at = now() WHERE id = ? AND state = 'QUEUED'", jobId) == 0) {
            return;
        }
        try {
            DutyReport report = reports.report(caller, orgUnitId, period, date, new JobProgress(jobId));
            try (Connection db = dataSource.getConnection(); PreparedStatement done = db.prepareStatement("""
                    UPDATE report_job SET state = 'DONE', result = ?::jsonb, percent = 100, finished_at = now()
                     WHERE id = ? AND state = 'RUNNING'""")) {
                done.setString(1, ReportExports.json(report));
                done.setLong(2, jobId);
                done.executeUpdate();
            }
        } catch (ReportCancelled e) {
            LOG.fine(() -> "report job " + jobId + " stopped: cancelled");
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "report job " + jobId + " failed", e);
            try (Connection db = dataSource.getConnection(); PreparedStatement failed = db.prepareStatement("""
                    UPDATE report_job SET state = 'FAILED', error = ?, finished_at = now() WHERE id = ? AND state = 'RUNNING'""")) {
                failed.setString(1, "the report could not be made: " + e.getMessage());
                failed.setLong(2, jobId);
                failed.executeUpdate();
            } catch (SQLException again) {
                LOG.log(Level.SEVERE, "could not mark report job " + jobId + " failed", again);
            }
        }
    }

    private int update(String sql, long jobId) {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, jobId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update report job " + jobId, e);
        }
    }

    /** Writes progress when the percentage moves; reads the job's state to learn of a cancel. */
    private final class JobProgress implements ReportProgress {
        private final long jobId;
        private final AtomicInteger written = new AtomicInteger(-1);

        JobProgress(long jobId) {
            this.jobId = jobId;
        }

        @Override
        public void advance(int done, int total) {
            int percent = total == 0 ? 99 : Math.min(99, done * 100 / total);
            int before = written.get();
            if ((percent == before && done != 0) || !written.compareAndSet(before, percent)) {
                return;
            }
            try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement("""
                    UPDATE report_job SET percent = greatest(percent, ?), rows_done = greatest(rows_done, ?), rows_total = ?
                     WHERE id = ? AND state = 'RUNNING'""")) {
                update.setInt(1, percent);
                update.setInt(2, done);
                update.setInt(3, total);
                update.setLong(4, jobId);
                update.executeUpdate();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "could not write the progress of report job " + jobId, e);
            }
        }

        @Override
        public boolean cancelled() {
            try (Connection db = dataSource.getConnection();
                 PreparedStatement query = db.prepareStatement("SELECT state FROM report_job WHERE id = ?")) {
                query.setLong(1, jobId);
                try (ResultSet row = query.executeQuery()) {
                    return !row.next() || !"RUNNING".equals(row.getString(1));
                }
            } catch (SQLException e) {
                return false;
            }
        }
    }
}

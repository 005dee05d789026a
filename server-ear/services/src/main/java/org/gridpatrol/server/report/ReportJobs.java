package org.gridpatrol.server.report;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportJob;
import org.gridpatrol.model.report.ReportPeriod;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Report jobs: asked for, watched, cancelled, their result read back. A job is in a caller's
 * scope when its org unit is; any other answers 404. Statements autocommit (no transaction), so
 * the runner sees a new job at once and a cancel at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportJobs {
    private static final String SELECT = """
            SELECT j.id, j.org_unit_id, j.period, j.day, j.state, j.percent, j.rows_done, j.rows_total, j.error,
                   j.created_at, j.started_at, j.finished_at, u.path
              FROM report_job j JOIN org_unit u ON u.id = j.org_unit_id WHERE j.id = ?""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @EJB
    private ReportJobRunner runner;

    /** Queues the report and starts it; answers at once. */
    public ReportJob create(Caller caller, NewReportJob request) {
        if (request == null || request.orgUnitId() == null || request.period() == null || request.date() == null) {
            throw ProblemException.badRequest("report-job.incomplete", "send orgUnitId, period (DAY, WEEK or MONTH) and date");
        }
        long id;
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement unit = db.prepareStatement("SELECT path FROM org_unit WHERE id = ?")) {
                unit.setLong(1, request.orgUnitId());
                try (ResultSet row = unit.executeQuery()) {
                    if (!row.next() || !caller.sees(row.getString(1))) {
                        throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + request.orgUnitId());
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO report_job (org_unit_id, period, day, created_by)"
                    + " VALUES (?, ?, ?, ?) RETURNING id")) {
                insert.setLong(1, request.orgUnitId());
                insert.setString(2, request.period().name());
                insert.setDate(3, Date.valueOf(request.date()));
                insert.setObject(4, caller.userId());
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue the report job", e);
        }
        runner.run(id, caller, request.orgUnitId(), request.period(), request.date());
        return get(caller, id);
    }

    /** @return the job, with its progress */
    public ReportJob get(Caller caller, long id) {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(SELECT)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(13))) {
                    throw ProblemException.notFound("report-job.unknown", "there is no report job " + id);
                }
                int total = row.getInt(8);
                Integer rowsTotal = row.wasNull() ? null : total;
                return new ReportJob(row.getLong(1), row.getLong(2), ReportPeriod.valueOf(row.getString(3)),
                        row.getDate(4).toLocalDate(), row.getString(5), row.getInt(6), row.getInt(7), rowsTotal,
                        row.getString(9), instant(row.getTimestamp(10)), instant(row.getTimestamp(11)),
                        instant(row.getTimestamp(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read report job " + id, e);
        }
    }

    /** Stops a queued or running job. @throws ProblemException 409 {@code report-job.finished} when it has ended */
    public ReportJob cancel(Caller caller, long id) {
        ReportJob job = get(caller, id);
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(
                "UPDATE report_job SET state = 'CANCELLED', finished_at = now() WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")) {
            update.setLong(1, id);
            if (update.executeUpdate() == 0) {
                throw ProblemException.conflict("report-job.finished", "report job " + id + " has already ended ("
                        + get(caller, id).state() + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not cancel report job " + job.id(), e);
        }
        return get(caller, id);
    }

    /** @throws ProblemException 409 {@code report-job.not-done} unless the job is DONE */
    public DutyReport result(Caller caller, long id) {
        ReportJob job = get(caller, id);
        if (!"DONE".equals(job.state())) {
            throw ProblemException.conflict("report-job.not-done", "report job " + id + " is " + job.state()
                    + "; its result can be had once it is DONE");
        }
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT result::text FROM report_job WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return ReportExports.read(row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the result of report job " + id, e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

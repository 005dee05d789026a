package org.gridpatrol.server.plan;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.engine.checkpoint.Due;
import org.gridpatrol.engine.checkpoint.MissedStops;
import org.gridpatrol.engine.checkpoint.Visit;
import org.gridpatrol.server.shift.BureauZone;

/**
 * The missed-checkpoint timer: every 20 seconds, each stop of an active plan whose deadline passed
 * since the last run without a counted visit raises a checkpoint-missed alarm for the officer
 * (for a squad plan: for each squad member who sent fixes during that round, i.e. was out on
 * patrol). Plans none of whose deadlines passed in the interval, most of them on most runs, cost
 * no query per officer. After a start it looks back a day; alarms are idempotent, so looking twice
 * is harmless.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MissedCheckpoints {
    private static final Logger LOG = Logger.getLogger(MissedCheckpoints.class.getName());
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);
    /** Deadlines a little older than the last run are looked at again, for visits stored late. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    private volatile Instant lastRun;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void check() {
        Instant now = Instant.now();
        Instant from = lastRun == null ? now.minus(FIRST_LOOK_BACK) : lastRun.minus(OVERLAP);
        try (Connection db = dataSource.getConnection()) {
            for (OfficerPlan plan : OfficerPlans.all(db, BureauZone.get())) {
                if (plan.rules().validTo() != null && plan.rules().validTo().isBefore(from)
                        || MissedStops.between(plan.rules(), List.of(), from, now).isEmpty()) {
                    // no deadline of the plan passed in this interval: nothing to read for its officers
                    continue;
                }
                for (long officer : officers(db, plan.id())) {
                    raise(db, plan, officer, from, now);
                }
            }
            lastRun = now;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "missed-checkpoint check failed; trying again shortly", e);
        }
    }

    private static void raise(Connection db, OfficerPlan plan, long officer, Instant from, Instant now) throws SQLException {
        Instant roundsFrom = plan.rules().roundAt(from).map(r -> r.start()).orElse(from);
        List<Visit> counted = VisitRows.counted(db, plan.id(), officer, roundsFrom, now);
        for (Due due : MissedStops.between(plan.rules(), counted, from, now)) {
            if (!plan.squadPlan() || patrolled(db, officer, plan.rules().roundAt(due.opens()).orElseThrow().start(), due.deadline())) {
                VisitRows.missed(db, plan, officer, due);
            }
        }
    }

    private static List<Long> officers(Connection db, long planId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = Bind.statement(db, """
                SELECT o.id FROM patrol_plan p JOIN officer o ON o.id = p.officer_id OR (o.squad_id = p.squad_id AND o.active)
                 WHERE p.id = ?""", planId); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ids.add(row.getLong(1));
            }
        }
        return ids;
    }

    private static boolean patrolled(Connection db, long officer, Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = Bind.statement(db, "SELECT EXISTS (SELECT 1 FROM fix WHERE officer_id = ?"
                + " AND fix_time >= ? AND fix_time < ?)", officer, from, to); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }
}

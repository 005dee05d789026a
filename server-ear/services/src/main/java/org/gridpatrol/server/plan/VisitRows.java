package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.checkpoint.Due;
import org.gridpatrol.engine.checkpoint.Visit;

/** Visits and checkpoint alarms in the database, in the caller's transaction; idempotent on their keys. */
final class VisitRows {
    private static final String ALARM = """
            INSERT INTO alarm (type, officer_id, grid_id, org_unit_id, started_at, ended_at, reason, evidence, plan_id, checkpoint_id)
            SELECT ?, o.id, ?, o.squad_id, ?, ?, ?, jsonb_build_object('visitedCheckpointId', ?::bigint), ?, ?
              FROM officer o WHERE o.id = ?
            ON CONFLICT ON CONSTRAINT alarm_dedupe_uq DO NOTHING""";

    /** What one stored visit says. */
    record Stored(boolean counted, String reason) {
    }

    private VisitRows() {
    }

    /** @return the verdict already stored for this visit and plan (a resent check-in), or null */
    static Stored existing(Connection db, long officerId, long checkpointId, String source, Instant at, Long planId)
            throws SQLException {
        try (PreparedStatement query = Bind.statement(db, "SELECT counted, reason FROM checkpoint_visit WHERE officer_id = ?"
                + " AND checkpoint_id = ? AND source = ? AND at = ? AND plan_id IS NOT DISTINCT FROM ?",
                officerId, checkpointId, source, at, planId); ResultSet row = query.executeQuery()) {
            return row.next() ? new Stored(row.getBoolean(1), row.getString(2)) : null;
        }
    }

    static void insert(Connection db, Long planId, long checkpointId, long officerId, Long deviceId, Instant at, String source,
                       String tag, Double lon, Double lat, boolean counted, String reason) throws SQLException {
        try (PreparedStatement insert = Bind.statement(db, """
                INSERT INTO checkpoint_visit (plan_id, checkpoint_id, officer_id, device_id, at, source, tag_value, lon, lat, counted, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT checkpoint_visit_uq DO NOTHING""",
                planId, checkpointId, officerId, deviceId, at, source, tag, lon, lat, counted, reason)) {
            insert.executeUpdate();
        }
    }

    /** @return the visits that counted for the plan by the officer in [from, to) */
    static List<Visit> counted(Connection db, long planId, long officerId, Instant from, Instant to) throws SQLException {
        List<Visit> visits = new ArrayList<>();
        try (PreparedStatement query = Bind.statement(db, "SELECT checkpoint_id, at FROM checkpoint_visit WHERE plan_id = ?"
                + " AND officer_id = ? AND counted AND at >= ? AND at < ?", planId, officerId, from, to);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                visits.add(new Visit(row.getLong(1), Bind.instant(row.getTimestamp(2))));
            }
        }
        return visits;
    }

    /** A checkpoint-order alarm: the officer visited {@code visited} while {@code skipped} should have come first. */
    static void outOfOrder(Connection db, OfficerPlan plan, long officerId, long skipped, long visited, Instant at, String reason)
            throws SQLException {
        alarm(db, "CHECKPOINT_ORDER", plan, officerId, skipped, visited, at, reason);
    }

    /** A missed-checkpoint alarm at the stop's deadline. */
    static void missed(Connection db, OfficerPlan plan, long officerId, Due due) throws SQLException {
        alarm(db, "CHECKPOINT_MISSED", plan, officerId, due.stop().checkpointId(), null, due.deadline(),
                "stop " + due.stop().ordinal() + " (checkpoint " + due.stop().checkpointId() + ") not visited by " + due.deadline());
    }

    /** Checkpoint alarms are moments, not states: they start and end at once. */
    private static void alarm(Connection db, String type, OfficerPlan plan, long officerId, long checkpointId, Long visited,
                              Instant at, String reason) throws SQLException {
        try (PreparedStatement insert = Bind.statement(db, ALARM, type, plan.grids().get(checkpointId), at, at, reason, visited,
                plan.id(), checkpointId, officerId)) {
            insert.executeUpdate();
        }
    }
}

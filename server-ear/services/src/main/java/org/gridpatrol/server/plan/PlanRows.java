package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.plan.Plan;
import org.gridpatrol.model.plan.PlanDraft;
import org.gridpatrol.model.plan.PlanStop;

/** A plan's rows: {@code patrol_plan} and its {@code patrol_plan_checkpoint} stops, read and written whole. */
final class PlanRows {
    private PlanRows() {
    }

    static Plan read(Connection db, long id) throws SQLException {
        List<PlanStop> stops = new ArrayList<>();
        try (PreparedStatement query = Bind.statement(db, "SELECT checkpoint_id, ordinal, window_start, window_end"
                + " FROM patrol_plan_checkpoint WHERE plan_id = ? ORDER BY ordinal", id); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                stops.add(new PlanStop(row.getLong(1), row.getInt(2), row.getObject(3, LocalTime.class),
                        row.getObject(4, LocalTime.class)));
            }
        }
        try (PreparedStatement query = Bind.statement(db, """
                SELECT id, name, officer_id, squad_id, forced_order, frequency_minutes, valid_from, valid_to,
                       allow_track_visits, dwell_s, active, version FROM patrol_plan WHERE id = ?""", id);
             ResultSet row = query.executeQuery()) {
            row.next();
            return new Plan(row.getLong(1), row.getString(2), (Long) row.getObject(3), (Long) row.getObject(4),
                    row.getBoolean(5), (Integer) row.getObject(6), Bind.instant(row.getTimestamp(7)),
                    Bind.instant(row.getTimestamp(8)), row.getBoolean(9), row.getInt(10), row.getBoolean(11), row.getInt(12),
                    stops);
        }
    }

    static long insert(Connection db, PlanDraft draft, PlanChecks.Checked ok, Long userId) throws SQLException {
        long id;
        try (PreparedStatement insert = Bind.statement(db, """
                INSERT INTO patrol_plan (name, officer_id, squad_id, forced_order, frequency_minutes, valid_from, valid_to,
                                         allow_track_visits, dwell_s, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", ok.name(), draft.officerId(), draft.squadId(),
                Boolean.TRUE.equals(draft.forcedOrder()), draft.frequencyMinutes(), draft.validFrom(), draft.validTo(),
                Boolean.TRUE.equals(draft.allowTrackVisits()), ok.dwellSeconds(), userId); ResultSet row = insert.executeQuery()) {
            row.next();
            id = row.getLong(1);
        }
        insertStops(db, id, ok.stops());
        return id;
    }

    /** @return false when the version moved on meanwhile */
    static boolean update(Connection db, long id, PlanDraft draft, PlanChecks.Checked ok) throws SQLException {
        try (PreparedStatement update = Bind.statement(db, """
                UPDATE patrol_plan SET name = ?, officer_id = ?, squad_id = ?, forced_order = ?, frequency_minutes = ?,
                       valid_from = ?, valid_to = ?, allow_track_visits = ?, dwell_s = ?, version = version + 1
                 WHERE id = ? AND version = ?""", ok.name(), draft.officerId(), draft.squadId(),
                Boolean.TRUE.equals(draft.forcedOrder()), draft.frequencyMinutes(), draft.validFrom(), draft.validTo(),
                Boolean.TRUE.equals(draft.allowTrackVisits()), ok.dwellSeconds(), id, draft.version())) {
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement clear = Bind.statement(db, "DELETE FROM patrol_plan_checkpoint WHERE plan_id = ?", id)) {
            clear.executeUpdate();
        }
        insertStops(db, id, ok.stops());
        return true;
    }

    private static void insertStops(Connection db, long planId, List<PlanStop> stops) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO patrol_plan_checkpoint"
                + " (plan_id, checkpoint_id, ordinal, window_start, window_end) VALUES (?, ?, ?, ?, ?)")) {
            for (PlanStop stop : stops) {
                insert.setLong(1, planId);
                insert.setLong(2, stop.checkpointId());
                insert.setInt(3, stop.ordinal());
                insert.setObject(4, stop.windowStart());
                insert.setObject(5, stop.windowEnd());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}

package org.gridpatrol.server.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.server.scope.Caller;

/**
 * The places and things a task or a step names: a grid and a checkpoint the supervisor sees (422
 * when unknown or out of his scope, as for anything a body refers to), a photo of the officer's own.
 */
final class TaskPlaces {
    private TaskPlaces() {
    }

    /** @return the task's position: the one sent, else the checkpoint's, else null */
    static double[] check(Connection db, Caller caller, TaskDraft d) throws SQLException {
        if (d.gridId() != null && !exists(db, """
                SELECT 1 FROM grid g JOIN org_unit u ON u.id = g.org_unit_id
                 WHERE g.id = ? AND g.retired_at IS NULL AND u.path LIKE ? || '%'""", d.gridId(), caller.pathPrefix())) {
            throw TaskProblems.refusal("/gridId", "task.grid-unknown", "there is no grid " + d.gridId());
        }
        double[] checkpoint = null;
        if (d.checkpointId() != null) {
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT ST_X(c.geom), ST_Y(c.geom) FROM checkpoint c JOIN grid g ON g.id = c.grid_id
                      JOIN org_unit u ON u.id = g.org_unit_id
                     WHERE c.id = ? AND c.active AND u.path LIKE ? || '%'""")) {
                query.setLong(1, d.checkpointId());
                query.setString(2, caller.pathPrefix());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw TaskProblems.refusal("/checkpointId", "task.checkpoint-unknown",
                                "there is no checkpoint " + d.checkpointId());
                    }
                    checkpoint = new double[] {row.getDouble(1), row.getDouble(2)};
                }
            }
        }
        return d.lon() != null ? new double[] {d.lon(), d.lat()} : checkpoint;
    }

    static boolean ownPhoto(Connection db, long officerId, long photoId) throws SQLException {
        return exists(db, "SELECT 1 FROM photo WHERE id = ? AND officer_id = ?", photoId, officerId);
    }

    private static boolean exists(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}

package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridpatrol.server.scope.Caller;

/**
 * The data scope of checkpoints and plans: a checkpoint is where its grid's org unit is, a plan
 * where its officer's squad (or its squad) is. Each lookup answers the org unit path, or null when
 * the row does not exist or lies outside the caller's scope, so callers answer both alike.
 */
final class PlanScope {
    private PlanScope() {
    }

    static String grid(Connection db, Caller caller, long gridId) throws SQLException {
        return seen(db, caller, "SELECT u.path FROM grid g JOIN org_unit u ON u.id = g.org_unit_id"
                + " WHERE g.id = ? AND g.retired_at IS NULL", gridId);
    }

    static String checkpoint(Connection db, Caller caller, long checkpointId) throws SQLException {
        return seen(db, caller, "SELECT u.path FROM checkpoint c JOIN grid g ON g.id = c.grid_id"
                + " JOIN org_unit u ON u.id = g.org_unit_id WHERE c.id = ?", checkpointId);
    }

    static String officer(Connection db, Caller caller, long officerId) throws SQLException {
        return seen(db, caller, "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?", officerId);
    }

    static String squad(Connection db, Caller caller, long squadId) throws SQLException {
        return seen(db, caller, "SELECT path FROM org_unit WHERE id = ? AND kind = 'SQUAD'", squadId);
    }

    static String orgUnit(Connection db, Caller caller, long unitId) throws SQLException {
        return seen(db, caller, "SELECT path FROM org_unit WHERE id = ?", unitId);
    }

    static String plan(Connection db, Caller caller, long planId) throws SQLException {
        return seen(db, caller, "SELECT u.path FROM patrol_plan p LEFT JOIN officer o ON o.id = p.officer_id"
                + " JOIN org_unit u ON u.id = coalesce(p.squad_id, o.squad_id) WHERE p.id = ?", planId);
    }

    private static String seen(Connection db, Caller caller, String sql, long id) throws SQLException {
        try (PreparedStatement query = Bind.statement(db, sql, id); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            String path = row.getString(1);
            return caller.sees(path) ? path : null;
        }
    }
}

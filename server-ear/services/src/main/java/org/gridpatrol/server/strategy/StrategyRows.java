package org.gridpatrol.server.strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.model.strategy.StrategyInForce;

/**
 * Reading and writing the strategy tables of V14. A unit's strategy in force is its own row or
 * the nearest ancestor's (longest path); an officer's is his own row, else his squad's.
 */
final class StrategyRows {
    private static final String COLUMNS = "s.profile, s.fix_interval_s, s.accuracy_m, s.upload_interval_s, s.on_duty_only, s.updated_at";
    private static final String UNIT = "SELECT " + COLUMNS + ", a.id FROM org_unit u"
            + " JOIN org_unit a ON u.path LIKE a.path || '%' JOIN org_unit_location_strategy s ON s.id = a.id"
            + " WHERE u.id = ? ORDER BY length(a.path) DESC LIMIT 1";
    private static final String OFFICER = "SELECT " + COLUMNS + " FROM officer_location_strategy s WHERE s.id = ?";

    private StrategyRows() {
    }

    static StrategyInForce forUnit(Connection db, long unitId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(UNIT)) {
            query.setLong(1, unitId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new StrategyInForce(strategy(row), "ORG_UNIT", row.getLong(7), row.getTimestamp(6).toInstant(), null)
                        : new StrategyInForce(StrategyRules.DEFAULT, "DEFAULT", null, null, null);
            }
        }
    }

    /** @return the officer's own strategy, or null when he follows his unit's */
    static StrategyInForce ownOfOfficer(Connection db, long officerId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(OFFICER)) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new StrategyInForce(strategy(row), "OFFICER", null, row.getTimestamp(6).toInstant(), null) : null;
            }
        }
    }

    static StrategyInForce forOfficer(Connection db, long officerId, long squadId) throws SQLException {
        StrategyInForce own = ownOfOfficer(db, officerId);
        return own != null ? own : forUnit(db, squadId);
    }

    /** Inserts or replaces the row of a unit ({@code org_unit_location_strategy}) or officer. */
    static void put(Connection db, String table, long id, LocationStrategy s, Long userId) throws SQLException {
        // the table name is one of two constants of the callers, never from a request
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO " + table
                + " AS t (id, profile, fix_interval_s, accuracy_m, upload_interval_s, on_duty_only, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile,"
                + " fix_interval_s = EXCLUDED.fix_interval_s, accuracy_m = EXCLUDED.accuracy_m,"
                + " upload_interval_s = EXCLUDED.upload_interval_s, on_duty_only = EXCLUDED.on_duty_only,"
                + " updated_by = EXCLUDED.updated_by, updated_at = now()")) {
            upsert.setLong(1, id);
            upsert.setString(2, s.profile());
            upsert.setInt(3, s.fixIntervalS());
            upsert.setInt(4, s.accuracyM());
            upsert.setInt(5, s.uploadIntervalS());
            upsert.setBoolean(6, s.onDutyOnly());
            upsert.setObject(7, userId);
            upsert.executeUpdate();
        }
    }

    static boolean deleteOfOfficer(Connection db, long officerId) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM officer_location_strategy WHERE id = ?")) {
            delete.setLong(1, officerId);
            return delete.executeUpdate() > 0;
        }
    }

    private static LocationStrategy strategy(ResultSet row) throws SQLException {
        return new LocationStrategy(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getBoolean(5));
    }

}

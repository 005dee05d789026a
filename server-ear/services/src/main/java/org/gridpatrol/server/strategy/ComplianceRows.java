package org.gridpatrol.server.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.strategy.StrategyCompliance;
import org.gridpatrol.model.strategy.StrategyCompliance.Deviation;

/** The rows {@link ComplianceWatch} reads and writes: recent fixes, and {@code strategy_compliance}. */
final class ComplianceRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An officer's squad, for the strategy in force and the scope of the desktop event. */
    record Officer(long squadId, String squadPath) {
    }

    private ComplianceRows() {
    }

    static Officer officer(Connection db, long officerId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT o.squad_id, u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?")) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Officer(row.getLong(1), row.getString(2));
            }
        }
    }

    static List<DeviationFinder.Sample> recent(Connection db, long officerId, Instant now, int limit) throws SQLException {
        List<DeviationFinder.Sample> samples = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT fix_time, received_at, accuracy_m FROM fix
                 WHERE officer_id = ? AND fix_time > ? AND fix_time <= ?
                 ORDER BY fix_time DESC LIMIT ?""")) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(now.minus(Duration.ofHours(1))));
            query.setTimestamp(3, Timestamp.from(now.plus(Duration.ofMinutes(10))));
            query.setInt(4, limit);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    float accuracy = row.getFloat(3);
                    samples.add(new DeviationFinder.Sample(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant(),
                            row.wasNull() ? Double.NaN : accuracy));
                }
            }
        }
        return samples;
    }

    static StrategyCompliance read(Connection db, long officerId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT compliant, deviations::text, since, checked_at, fixes_checked FROM strategy_compliance WHERE officer_id = ?")) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                List<Deviation> deviations = JSON.readValue(row.getString(2), new TypeReference<List<Deviation>>() {
                });
                return new StrategyCompliance(row.getBoolean(1), deviations, row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4).toInstant(), row.getInt(5));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strategy_compliance.deviations of officer " + officerId + " is not a list", e);
        }
    }

    /** @return true when the set of rules broken differs from before */
    static boolean write(Connection db, long officerId, List<Deviation> deviations, Instant now, StrategyCompliance before,
                         int fixes) throws SQLException {
        List<String> rules = deviations.stream().map(Deviation::rule).toList();
        boolean changed = before == null ? !deviations.isEmpty()
                : !before.deviations().stream().map(Deviation::rule).toList().equals(rules);
        Instant since = before == null || changed ? now : before.since();
        try (PreparedStatement upsert = db.prepareStatement("""
                INSERT INTO strategy_compliance (officer_id, compliant, deviations, since, checked_at, fixes_checked)
                VALUES (?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (officer_id) DO UPDATE SET compliant = EXCLUDED.compliant, deviations = EXCLUDED.deviations,
                  since = EXCLUDED.since, checked_at = EXCLUDED.checked_at, fixes_checked = EXCLUDED.fixes_checked""")) {
            upsert.setLong(1, officerId);
            upsert.setBoolean(2, deviations.isEmpty());
            upsert.setString(3, JSON.writeValueAsString(deviations));
            upsert.setTimestamp(4, Timestamp.from(since));
            upsert.setTimestamp(5, Timestamp.from(now));
            upsert.setInt(6, fixes);
            upsert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return changed;
    }
}

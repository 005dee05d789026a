package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.gridpatrol.engine.alarm.AlarmEvent;

/**
 * Alarm events into the {@code alarm} table, in the caller's transaction: an alarm
 * is stored with the fixes that caused it, or not at all. Opening is idempotent on
 * (officer, type, start, grid), so an engine that replays after a restart cannot
 * repeat an alarm.
 */
final class AlarmStore {
    private static final String OPEN = """
            INSERT INTO alarm (type, officer_id, grid_id, org_unit_id, started_at, raised_late, reason, evidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, jsonb_build_object('openedBy', ?::jsonb))
            ON CONFLICT ON CONSTRAINT alarm_dedupe_uq DO NOTHING""";
    private static final String CLOSE = """
            UPDATE alarm SET ended_at = ?, evidence = evidence || jsonb_build_object('closedBy', ?::jsonb), updated_at = now()
             WHERE officer_id = ? AND type = ? AND started_at = ? AND ended_at IS NULL""";

    private AlarmStore() {
    }

    static void store(Connection db, long squadId, List<AlarmEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement open = db.prepareStatement(OPEN); PreparedStatement close = db.prepareStatement(CLOSE)) {
            for (AlarmEvent event : events) {
                if (event.isOpen()) {
                    open.setString(1, event.type().name());
                    open.setLong(2, event.officerId());
                    Long grid = gridOf(event.cause());
                    open.setObject(3, grid);
                    open.setLong(4, squadId);
                    open.setTimestamp(5, Timestamp.from(event.start()));
                    open.setBoolean(6, event.late());
                    open.setString(7, event.cause());
                    open.setString(8, seqs(event.evidence()));
                    open.addBatch();
                } else {
                    close.setTimestamp(1, Timestamp.from(event.end()));
                    close.setString(2, seqs(event.evidence()));
                    close.setLong(3, event.officerId());
                    close.setString(4, event.type().name());
                    close.setTimestamp(5, Timestamp.from(event.start()));
                    close.addBatch();
                }
            }
            // opens first: an alarm may open and close within one batch
            open.executeBatch();
            close.executeBatch();
        }
    }

    /**
     * Opens a lost-contact alarm raised by the timer.
     *
     * @return its id, or null when it was stored already
     */
    static Long lostContact(Connection db, long officerId, long squadId, Instant since, String reason) throws SQLException {
        try (PreparedStatement open = db.prepareStatement(OPEN + " RETURNING id")) {
            open.setString(1, "LOST_CONTACT");
            open.setLong(2, officerId);
            open.setObject(3, null);
            open.setLong(4, squadId);
            open.setTimestamp(5, Timestamp.from(since));
            open.setBoolean(6, false);
            open.setString(7, reason);
            open.setString(8, "[]");
            try (java.sql.ResultSet row = open.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    /** Closes an open lost-contact alarm at the time data resumed. */
    static void contactResumed(Connection db, long officerId, Instant at) throws SQLException {
        try (PreparedStatement close = db.prepareStatement("""
                UPDATE alarm SET ended_at = greatest(started_at, ?), updated_at = now()
                 WHERE officer_id = ? AND type = 'LOST_CONTACT' AND ended_at IS NULL""")) {
            close.setTimestamp(1, Timestamp.from(at));
            close.setLong(2, officerId);
            close.executeUpdate();
        }
    }

    /** The engine names a grid as "grid 102" in cross-zone causes. */
    static Long gridOf(String cause) {
        if (cause != null && cause.startsWith("grid ")) {
            try {
                return Long.valueOf(cause.substring(5).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String seqs(List<Long> evidence) {
        return evidence.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}

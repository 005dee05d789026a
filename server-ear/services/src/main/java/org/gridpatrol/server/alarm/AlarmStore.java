package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** A lost-contact alarm ended by data, for the live stream: its event and the org unit that may see it. */
    record Closed(Map<String, Object> news, String orgPath) {
    }

    /** Closes an open lost-contact alarm at the time data resumed. */
    static List<Closed> contactResumed(Connection db, long officerId, Instant at) throws SQLException {
        List<Closed> closed = new ArrayList<>();
        try (PreparedStatement close = db.prepareStatement("""
                UPDATE alarm a SET ended_at = greatest(a.started_at, ?), updated_at = now() FROM org_unit u
                 WHERE u.id = a.org_unit_id AND a.officer_id = ? AND a.type = 'LOST_CONTACT' AND a.ended_at IS NULL
                RETURNING a.id, a.org_unit_id, a.state, a.started_at, a.ended_at, a.reason, u.path""")) {
            close.setTimestamp(1, Timestamp.from(at));
            close.setLong(2, officerId);
            try (java.sql.ResultSet row = close.executeQuery()) {
                while (row.next()) {
                    closed.add(new Closed(AlarmNews.payload(row.getLong(1), "LOST_CONTACT", officerId, null, row.getLong(2),
                            row.getString(3), row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant(),
                            row.getString(6)), row.getString(7)));
                }
            }
        }
        return closed;
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

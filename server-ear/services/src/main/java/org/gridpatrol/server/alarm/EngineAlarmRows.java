package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmEvent;

/**
 * The stored rows behind the engine's alarm events, read back in the transaction that stored
 * them, so the live stream names each alarm by its id (a desktop acknowledges what it heard of)
 * with its state and officer, as the handling events do. An open that met an alarm already
 * stored (replay after a restart) names that alarm.
 */
final class EngineAlarmRows {
    private static final String COLUMNS = """
            SELECT a.id, a.state, a.org_unit_id, a.started_at, a.ended_at, a.grid_id, a.reason, a.raised_late,
                   o.name, o.badge_no, a.type, a.officer_id
              FROM alarm a JOIN officer o ON o.id = a.officer_id
            """;
    private static final String ROW = COLUMNS + """
             WHERE a.officer_id = ? AND a.type = ? AND a.started_at = ? AND a.plan_id IS NULL
               AND (? OR a.grid_id IS NOT DISTINCT FROM ?)
             ORDER BY a.id DESC LIMIT 1""";

    private EngineAlarmRows() {
    }

    /** @return one payload per event, in order; one whose row is not found (none expected) goes without an id */
    static List<Map<String, Object>> payloads(Connection db, List<AlarmEvent> events) throws SQLException {
        List<Map<String, Object>> payloads = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return payloads;
        }
        try (PreparedStatement query = db.prepareStatement(ROW)) {
            for (AlarmEvent event : events) {
                query.setLong(1, event.officerId());
                query.setString(2, event.type().name());
                query.setTimestamp(3, Timestamp.from(event.start()));
                // a close is matched as AlarmStore closes it: by officer, type and start
                query.setBoolean(4, !event.isOpen());
                query.setObject(5, AlarmStore.gridOf(event.cause()), java.sql.Types.BIGINT);
                try (ResultSet row = query.executeQuery()) {
                    payloads.add(row.next() ? payload(event, row) : bare(event));
                }
            }
        }
        return payloads;
    }

    /** @return the payload of a stored alarm the timer raised (lost contact), as the row says now */
    static Map<String, Object> byId(Connection db, long alarmId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(COLUMNS + " WHERE a.id = ?")) {
            query.setLong(1, alarmId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp ended = row.getTimestamp(5);
                Map<String, Object> data = AlarmNews.payload(alarmId, row.getString(11), row.getLong(12),
                        row.getObject(6, Long.class), row.getLong(3), row.getString(2), row.getTimestamp(4).toInstant(),
                        ended == null ? null : ended.toInstant(), row.getString(7));
                data.put("raisedLate", row.getBoolean(8));
                data.put("officerName", row.getString(9));
                data.put("badgeNo", row.getString(10));
                return data;
            }
        }
    }

    private static Map<String, Object> payload(AlarmEvent event, ResultSet row) throws SQLException {
        // times as the event says: an alarm opened and closed in one batch is first heard of as open
        Map<String, Object> data = AlarmNews.payload(row.getLong(1), event.type().name(), event.officerId(),
                row.getObject(6, Long.class), row.getLong(3), row.getString(2), event.start(), event.end(),
                row.getString(7));
        data.put("raisedLate", row.getBoolean(8));
        data.put("officerName", row.getString(9));
        data.put("badgeNo", row.getString(10));
        return data;
    }

    private static Map<String, Object> bare(AlarmEvent event) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("type", event.type().name());
        data.put("officerId", event.officerId());
        data.put("gridId", AlarmStore.gridOf(event.cause()));
        data.put("startedAt", event.start().toString());
        data.put("endedAt", event.end() == null ? null : event.end().toString());
        data.put("reason", event.cause());
        data.put("raisedLate", event.late());
        return data;
    }
}

package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * One alarm row as handling needs it: the view, its version, escalation, evidence and the path of
 * its squad (data scope, and whom its events go to).
 *
 * @param view         the alarm as lists show it
 * @param version      optimistic-locking version
 * @param escalatedAt  when it was escalated, or null
 * @param evidenceJson the evidence column as JSON text
 * @param squadPath    path of the squad it belongs to
 */
record AlarmRecord(AlarmView view, int version, Instant escalatedAt, String evidenceJson, String squadPath) {
    private static final String SELECT = """
            SELECT a.id, a.type, a.officer_id, o.badge_no, o.name, a.grid_id, a.org_unit_id, a.state, a.started_at,
                   a.ended_at, a.duration_s, a.raised_at, a.raised_late, a.reason, a.disposition, a.version,
                   a.escalated_at, a.evidence::text, u.path
              FROM alarm a JOIN officer o ON o.id = a.officer_id JOIN org_unit u ON u.id = a.org_unit_id
             WHERE a.id = ?""";

    /**
     * @param lock true to hold the row until the transaction ends (before changing it)
     * @return the alarm when it exists and lies in the caller's scope
     * @throws ProblemException 404 {@code alarm.unknown} otherwise: out of scope looks the same as absent
     */
    static AlarmRecord read(Connection db, Caller caller, long id, boolean lock) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(lock ? SELECT + " FOR UPDATE OF a" : SELECT)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(19))) {
                    throw ProblemException.notFound("alarm.unknown", "there is no alarm " + id);
                }
                AlarmView view = new AlarmView(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5), row.getObject(6, Long.class), row.getLong(7), row.getString(8),
                        instant(row.getTimestamp(9)), instant(row.getTimestamp(10)), row.getObject(11, Long.class),
                        instant(row.getTimestamp(12)), row.getBoolean(13), row.getString(14), row.getString(15));
                return new AlarmRecord(view, row.getInt(16), instant(row.getTimestamp(17)), row.getString(18),
                        row.getString(19));
            }
        }
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.gridpatrol.server.attendance;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.attendance.Attendance;
import org.gridpatrol.model.attendance.ClockRecord;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/** An officer's clock events and attendance alarms over a period, within the caller's scope. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AttendanceRecord {
    private static final Duration LONGEST = Duration.ofDays(62);
    private static final String CLOCKS = """
            SELECT kind, at, lon, lat, accuracy_m, face_verdict FROM clock_event
             WHERE officer_id = ? AND at >= ? AND at < ? ORDER BY at, kind""";
    private static final String ALARMS = """
            SELECT a.id, a.type, a.officer_id, o.badge_no, o.name, a.grid_id, a.org_unit_id, a.state, a.started_at,
                   a.ended_at, a.duration_s, a.raised_at, a.raised_late, a.reason, a.disposition
              FROM alarm a JOIN officer o ON o.id = a.officer_id
             WHERE a.officer_id = ? AND a.type IN ('LATE', 'EARLY_LEAVE', 'ABSENT', 'CLOCK_IN_OUTSIDE')
               AND a.started_at < ? AND coalesce(a.ended_at, 'infinity') >= ? ORDER BY a.started_at, a.id""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @return the officer's attendance in [from, to)
     * @throws ProblemException 400 {@code attendance.bad-range}; 404 {@code officer.unknown} out of scope
     */
    public Attendance of(Caller caller, long officerId, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw ProblemException.badRequest("attendance.bad-range", "from must come before to, at most 62 days apart");
        }
        try (Connection db = dataSource.getConnection()) {
            checkScope(db, caller, officerId);
            return new Attendance(officerId, from, to, clocks(db, officerId, from, to), alarms(db, officerId, from, to));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the attendance of officer " + officerId, e);
        }
    }

    private static void checkScope(Connection db, Caller caller, long officerId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?")) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(1))) {
                    throw ProblemException.notFound("officer.unknown", "there is no officer " + officerId);
                }
            }
        }
    }

    private static List<ClockRecord> clocks(Connection db, long officerId, Instant from, Instant to) throws SQLException {
        List<ClockRecord> clocks = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(CLOCKS)) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    clocks.add(new ClockRecord(row.getString(1), row.getTimestamp(2).toInstant(),
                            row.getObject(3, Double.class), row.getObject(4, Double.class), row.getObject(5, Float.class),
                            row.getString(6)));
                }
            }
        }
        return clocks;
    }

    private static List<AlarmView> alarms(Connection db, long officerId, Instant from, Instant to) throws SQLException {
        List<AlarmView> alarms = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(ALARMS)) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(to));
            query.setTimestamp(3, Timestamp.from(from));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    alarms.add(new AlarmView(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                            row.getString(5), row.getObject(6, Long.class), row.getLong(7), row.getString(8),
                            instant(row.getTimestamp(9)), instant(row.getTimestamp(10)), row.getObject(11, Long.class),
                            instant(row.getTimestamp(12)), row.getBoolean(13), row.getString(14), row.getString(15)));
                }
            }
        }
        return alarms;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.gridpatrol.server.attendance;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.server.alarm.AlarmHost;
import org.gridpatrol.server.alarm.AlarmNews;
import org.gridpatrol.server.ingest.Gcj02;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Clocking in and out on the phone. A clock-in is checked against the grids the
 * officer is responsible for now: outside them (beyond the fix's accuracy, at most
 * 50 m) it is stored all the same, flagged, and raises a CLOCK_IN_OUTSIDE alarm.
 */
@Stateless
public class ClockIns {
    private static final Set<String> VERDICTS = Set.of("MATCH", "MISMATCH", "NO_FACE", "NOT_CHECKED", "ERROR");
    private static final double MAX_TOLERANCE_M = 50;
    private static final String OUTSIDE_REASON = "clocked in outside the assigned grids / 在责任网格外打卡";

    private static final String INSIDE = """
            SELECT EXISTS (
              SELECT 1 FROM officer o
                JOIN assignment a ON (a.officer_id = o.id OR a.squad_id = o.squad_id)
                JOIN grid g ON g.id = a.grid_id AND g.retired_at IS NULL
               WHERE o.id = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR ? < a.valid_to)
                 AND ST_DWithin(g.geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?))""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private AlarmHost alarms;
    @Inject
    private AttendanceAlarms attendance;
    @Inject
    private AlarmNews news;

    /**
     * @param who   the signed-in device
     * @param event the clock-in or clock-out
     * @return where it stood and what was flagged
     */
    public ClockReceipt clock(DeviceIdentity who, ClockEvent event) {
        check(event);
        double[] wgs = "GCJ02".equals(event.crs()) ? Gcj02.toWgs84(event.lon(), event.lat())
                : new double[] {event.lon(), event.lat()};
        Instant at = event.at().truncatedTo(ChronoUnit.MICROS);
        double tolerance = Math.min(MAX_TOLERANCE_M, event.accuracy() == null ? 0 : event.accuracy());
        List<String> flags = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            boolean inside;
            try (PreparedStatement query = db.prepareStatement(INSIDE)) {
                query.setLong(1, who.officerId());
                query.setTimestamp(2, Timestamp.from(at));
                query.setTimestamp(3, Timestamp.from(at));
                query.setDouble(4, wgs[0]);
                query.setDouble(5, wgs[1]);
                query.setDouble(6, tolerance);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    inside = row.getBoolean(1);
                }
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO clock_event (officer_id, device_id, kind, at, lon, lat, accuracy_m, selfie_photo_id,
                                             face_verdict, face_score)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT clock_event_uq DO NOTHING""")) {
                insert.setLong(1, who.officerId());
                insert.setLong(2, who.deviceId());
                insert.setString(3, event.kind());
                insert.setTimestamp(4, Timestamp.from(at));
                insert.setDouble(5, wgs[0]);
                insert.setDouble(6, wgs[1]);
                insert.setObject(7, event.accuracy() == null ? null : event.accuracy().floatValue());
                insert.setObject(8, event.selfiePhotoId());
                insert.setString(9, event.faceVerdict());
                insert.setObject(10, event.faceScore() == null ? null : event.faceScore().floatValue());
                insert.executeUpdate();
            }
            boolean in = "IN".equals(event.kind());
            try (PreparedStatement status = db.prepareStatement("""
                    INSERT INTO officer_status AS s (officer_id, device_id, clocked_in, clocked_in_at, last_contact_at)
                    VALUES (?, ?, ?, ?, now())
                    ON CONFLICT (officer_id) DO UPDATE SET clocked_in = EXCLUDED.clocked_in,
                      clocked_in_at = EXCLUDED.clocked_in_at, last_contact_at = now()""")) {
                status.setLong(1, who.officerId());
                status.setLong(2, who.deviceId());
                status.setBoolean(3, in);
                status.setTimestamp(4, in ? Timestamp.from(at) : null);
                status.executeUpdate();
            }
            if (in && !inside) {
                flags.add("CLOCK_IN_OUTSIDE");
                outside(db, who.officerId(), at);
            }
            flags.addAll(in ? attendance.clockedIn(db, who.officerId(), at) : attendance.clockedOut(db, who.officerId(), at));
            if (event.faceVerdict() != null && !"MATCH".equals(event.faceVerdict()) && !"NOT_CHECKED".equals(event.faceVerdict())) {
                flags.add("FACE_CHECK_" + event.faceVerdict());
            }
            alarms.contactResumed(db, who.officerId(), at);
            return new ClockReceipt(event.kind(), at, inside, flags);
        } catch (SQLException e) {
            throw new IllegalStateException("storing a clock event failed", e);
        }
    }

    private void outside(Connection db, long officerId, Instant at) throws SQLException {
        try (PreparedStatement alarm = db.prepareStatement("""
                INSERT INTO alarm (type, officer_id, org_unit_id, started_at, ended_at, reason)
                SELECT 'CLOCK_IN_OUTSIDE', o.id, o.squad_id, ?, ?, ? FROM officer o WHERE o.id = ?
                ON CONFLICT ON CONSTRAINT alarm_dedupe_uq DO NOTHING
                RETURNING id, org_unit_id, (SELECT path FROM org_unit WHERE id = org_unit_id)""")) {
            alarm.setTimestamp(1, Timestamp.from(at));
            alarm.setTimestamp(2, Timestamp.from(at));
            alarm.setString(3, OUTSIDE_REASON);
            alarm.setLong(4, officerId);
            try (ResultSet row = alarm.executeQuery()) {
                if (row.next()) {
                    news.afterCommit(AlarmNews.OPENED, row.getString(3), AlarmNews.payload(row.getLong(1),
                            "CLOCK_IN_OUTSIDE", officerId, null, row.getLong(2), "OPEN", at, at, OUTSIDE_REASON));
                }
            }
        }
    }

    private static void check(ClockEvent event) {
        if (event == null || !("IN".equals(event.kind()) || "OUT".equals(event.kind()))) {
            throw ProblemException.unprocessable("clock.kind-unknown", "kind is IN or OUT", null);
        }
        if (event.at() == null || event.at().isAfter(Instant.now().plus(Duration.ofMinutes(10)))) {
            throw ProblemException.unprocessable("clock.time-invalid", "at is required and may not lie ahead of the server's clock", null);
        }
        if (event.lon() == null || event.lat() == null || !Double.isFinite(event.lon()) || !Double.isFinite(event.lat())
                || Math.abs(event.lon()) > 180 || Math.abs(event.lat()) > 90) {
            throw ProblemException.unprocessable("clock.position-invalid", "a clock event needs the position: lon in [-180, 180], lat in [-90, 90]", null);
        }
        if (event.crs() != null && !Set.of("WGS84", "CGCS2000", "GCJ02").contains(event.crs())) {
            throw ProblemException.unprocessable("clock.crs-unknown", "crs is WGS84, CGCS2000 or GCJ02", null);
        }
        if (event.faceVerdict() != null && !VERDICTS.contains(event.faceVerdict())) {
            throw ProblemException.unprocessable("clock.face-verdict-unknown", "faceVerdict is one of " + VERDICTS, null);
        }
        if (event.faceScore() != null && !(event.faceScore() >= 0 && event.faceScore() <= 1)) {
            throw ProblemException.unprocessable("clock.face-score-out-of-range", "faceScore lies in [0, 1]", null);
        }
    }
}

package org.gridpatrol.server.checkpoint;

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
import java.util.Locale;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.CheckIn;
import org.gridpatrol.model.mobile.CheckInReceipt;
import org.gridpatrol.server.ingest.Gcj02;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.plan.PlanWatch;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Check-ins at checkpoints by tag. A scanned tag proves presence only together with
 * the phone's position: a check-in farther than the checkpoint's radius (plus the
 * fix's accuracy, at most 50 m) is stored but does not count, so a photographed QR
 * code scanned at home gains nothing. A checkpoint in the officer's plans is judged for each of
 * them ({@link PlanWatch}: order, window, round).
 */
@Stateless
public class CheckIns {
    private static final double MAX_ACCURACY_ALLOWANCE_M = 50;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private PlanWatch plans;

    /**
     * @param who     the signed-in device
     * @param checkIn the scanned tag and where the phone stood
     * @return whether the visit counts, and why not
     */
    public CheckInReceipt checkIn(DeviceIdentity who, CheckIn checkIn) {
        check(checkIn);
        double[] wgs = "GCJ02".equals(checkIn.crs()) ? Gcj02.toWgs84(checkIn.lon(), checkIn.lat())
                : new double[] {checkIn.lon(), checkIn.lat()};
        Instant at = checkIn.at().truncatedTo(ChronoUnit.MICROS);
        try (Connection db = dataSource.getConnection()) {
            long id;
            String name;
            double radius;
            double distance;
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT id, name, radius_m, ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography)
                      FROM checkpoint WHERE tag_code = ? AND active""")) {
                query.setDouble(1, wgs[0]);
                query.setDouble(2, wgs[1]);
                query.setString(3, checkIn.tagValue());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.unprocessable("checkin.tag-unknown",
                                "the tag " + checkIn.tagValue() + " belongs to no active checkpoint", null);
                    }
                    id = row.getLong(1);
                    name = row.getString(2);
                    radius = row.getDouble(3);
                    distance = row.getDouble(4);
                }
            }
            double allowed = radius + Math.min(MAX_ACCURACY_ALLOWANCE_M, checkIn.accuracy() == null ? 0 : checkIn.accuracy());
            boolean counted = distance <= allowed;
            String reason = counted ? null : String.format(Locale.ROOT,
                    "scanned %.0f m from the checkpoint; a visit counts within %.0f m", distance, allowed);
            PlanWatch.Outcome judged = plans.checkIn(db, who.officerId(), who.deviceId(), id, at, checkIn.tagValue(),
                    wgs[0], wgs[1], counted, reason);
            if (judged != null) {
                return new CheckInReceipt(id, name, judged.counted(), distance, judged.reason());
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO checkpoint_visit (checkpoint_id, officer_id, device_id, at, source, tag_value, lon, lat, counted, reason)
                    VALUES (?, ?, ?, ?, 'CHECKIN', ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT checkpoint_visit_uq DO NOTHING""")) {
                insert.setLong(1, id);
                insert.setLong(2, who.officerId());
                insert.setLong(3, who.deviceId());
                insert.setTimestamp(4, Timestamp.from(at));
                insert.setString(5, checkIn.tagValue());
                insert.setDouble(6, wgs[0]);
                insert.setDouble(7, wgs[1]);
                insert.setBoolean(8, counted);
                insert.setString(9, reason);
                insert.executeUpdate();
            }
            return new CheckInReceipt(id, name, counted, distance, reason);
        } catch (SQLException e) {
            throw new IllegalStateException("storing a check-in failed", e);
        }
    }

    private static void check(CheckIn checkIn) {
        if (checkIn == null || checkIn.tagValue() == null || checkIn.tagValue().isBlank()) {
            throw ProblemException.unprocessable("checkin.tag-missing", "send the scanned tagValue", null);
        }
        if (checkIn.at() == null || checkIn.at().isAfter(Instant.now().plus(Duration.ofMinutes(10)))) {
            throw ProblemException.unprocessable("checkin.time-invalid", "at is required and not ahead of the server's clock", null);
        }
        if (checkIn.lon() == null || checkIn.lat() == null || !Double.isFinite(checkIn.lon()) || !Double.isFinite(checkIn.lat())
                || Math.abs(checkIn.lon()) > 180 || Math.abs(checkIn.lat()) > 90) {
            throw ProblemException.unprocessable("checkin.position-invalid", "a check-in needs where the phone stood", null);
        }
    }
}

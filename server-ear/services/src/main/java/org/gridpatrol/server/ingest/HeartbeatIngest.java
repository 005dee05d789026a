package org.gridpatrol.server.ingest;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.Heartbeat;
import org.gridpatrol.server.alarm.AlarmHost;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Phone status reports: stored once per (device, sent time), kept as the officer's
 * latest status, and taken as a sign of life that ends a lost-contact alarm.
 */
@Stateless
public class HeartbeatIngest {
    private static final Set<String> NETWORKS = Set.of("NONE", "WIFI", "CELLULAR", "UNKNOWN");
    private static final Set<String> APP_STATES = Set.of("FOREGROUND", "BACKGROUND");
    private static final Set<String> ANNOUNCEMENTS = Set.of("SHUTDOWN", "APP_EXIT", "LOCATION_OFF");

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private AlarmHost alarms;

    /**
     * @param who       the signed-in device
     * @param heartbeat the report
     */
    public void receive(DeviceIdentity who, Heartbeat heartbeat) {
        check(heartbeat);
        Instant receivedAt = Instant.now();
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO heartbeat (device_id, officer_id, sent_at, received_at, battery_pct, charging, gps_enabled,
                                           network, app_state, announcement)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT heartbeat_device_sent_uq DO NOTHING""")) {
                insert.setLong(1, who.deviceId());
                insert.setLong(2, who.officerId());
                insert.setTimestamp(3, Timestamp.from(heartbeat.sentAt()));
                insert.setTimestamp(4, Timestamp.from(receivedAt));
                insert.setObject(5, heartbeat.batteryPct() == null ? null : heartbeat.batteryPct().shortValue());
                insert.setObject(6, heartbeat.charging());
                insert.setObject(7, heartbeat.gpsEnabled());
                insert.setString(8, heartbeat.network());
                insert.setString(9, heartbeat.appState());
                insert.setString(10, heartbeat.announcement());
                insert.executeUpdate();
            }
            try (PreparedStatement status = db.prepareStatement("""
                    INSERT INTO officer_status AS s (officer_id, device_id, last_heartbeat_at, last_battery_pct,
                                                     last_announcement, last_contact_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (officer_id) DO UPDATE SET
                      last_heartbeat_at = greatest(s.last_heartbeat_at, EXCLUDED.last_heartbeat_at),
                      last_battery_pct = CASE WHEN s.last_heartbeat_at IS NULL OR s.last_heartbeat_at <= EXCLUDED.last_heartbeat_at
                                         THEN EXCLUDED.last_battery_pct ELSE s.last_battery_pct END,
                      last_announcement = CASE WHEN s.last_heartbeat_at IS NULL OR s.last_heartbeat_at <= EXCLUDED.last_heartbeat_at
                                          THEN EXCLUDED.last_announcement ELSE s.last_announcement END,
                      last_contact_at = greatest(s.last_contact_at, EXCLUDED.last_contact_at)""")) {
                status.setLong(1, who.officerId());
                status.setLong(2, who.deviceId());
                status.setTimestamp(3, Timestamp.from(heartbeat.sentAt()));
                status.setObject(4, heartbeat.batteryPct() == null ? null : heartbeat.batteryPct().shortValue());
                status.setString(5, heartbeat.announcement());
                status.setTimestamp(6, Timestamp.from(receivedAt));
                status.executeUpdate();
            }
            alarms.contactResumed(db, who.officerId(), heartbeat.sentAt().isAfter(receivedAt) ? receivedAt : heartbeat.sentAt());
        } catch (SQLException e) {
            throw new IllegalStateException("storing a heartbeat failed", e);
        }
    }

    private static void check(Heartbeat heartbeat) {
        if (heartbeat == null || heartbeat.sentAt() == null) {
            throw ProblemException.unprocessable("heartbeat.time-missing", "a heartbeat needs sentAt", null);
        }
        if (heartbeat.batteryPct() != null && (heartbeat.batteryPct() < 0 || heartbeat.batteryPct() > 100)) {
            throw ProblemException.unprocessable("heartbeat.battery-out-of-range", "batteryPct lies in [0, 100]", null);
        }
        if (heartbeat.network() != null && !NETWORKS.contains(heartbeat.network())) {
            throw ProblemException.unprocessable("heartbeat.network-unknown", "network is one of " + NETWORKS, null);
        }
        if (heartbeat.appState() != null && !APP_STATES.contains(heartbeat.appState())) {
            throw ProblemException.unprocessable("heartbeat.app-state-unknown", "appState is one of " + APP_STATES, null);
        }
        if (heartbeat.announcement() != null && !ANNOUNCEMENTS.contains(heartbeat.announcement())) {
            throw ProblemException.unprocessable("heartbeat.announcement-unknown", "announcement is one of " + ANNOUNCEMENTS, null);
        }
        if (heartbeat.sentAt().isAfter(Instant.now().plus(FixValidation.MAX_CLOCK_AHEAD))) {
            throw ProblemException.unprocessable("heartbeat.time-in-future", "sentAt is ahead of the server's clock", null);
        }
    }
}

package org.gridpatrol.server.incident;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
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
import org.gridpatrol.model.incident.Incident;
import org.gridpatrol.model.incident.IncidentCategory;
import org.gridpatrol.model.incident.IncidentReport;
import org.gridpatrol.server.ingest.Gcj02;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Cases officers report from the field: stored once per report (the phone's client id),
 * placed in the grid they lie in, filed under the officer's squad for data scope, and
 * listed for supervisors.
 */
@Stateless
public class Incidents {
    private static final String LIST = """
            SELECT i.id, i.category_code, c.name_zh, i.description, i.address, i.lon, i.lat, i.reported_at, i.state,
                   i.officer_id, o.name, i.grid_id, i.org_unit_id,
                   (SELECT count(*) FROM photo p WHERE p.incident_id = i.id)
              FROM incident i JOIN incident_category c ON c.code = i.category_code
              JOIN officer o ON o.id = i.officer_id JOIN org_unit u ON u.id = i.org_unit_id
             WHERE u.path LIKE ? || '%' AND (?::timestamptz IS NULL OR i.reported_at >= ?)
               AND (?::timestamptz IS NULL OR i.reported_at < ?) AND (?::text IS NULL OR i.state = ?)
               AND (?::bigint IS NULL OR i.id = ?)
             ORDER BY i.reported_at DESC, i.id DESC LIMIT ?""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /** @return the active categories, broad ones first */
    public List<IncidentCategory> categories() {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT code, name_zh, name_en, parent_code FROM incident_category WHERE active ORDER BY code")) {
            List<IncidentCategory> all = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    all.add(new IncidentCategory(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read incident categories", e);
        }
    }

    /**
     * @param who    the reporting phone
     * @param report the case
     * @return the stored incident (the one stored before, for a resent report)
     */
    public Incident report(DeviceIdentity who, IncidentReport report) {
        check(report);
        double[] wgs = "GCJ02".equals(report.crs()) ? Gcj02.toWgs84(report.lon(), report.lat())
                : new double[] {report.lon(), report.lat()};
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO incident (officer_id, device_id, category_code, description, address, lon, lat, reported_at,
                                          grid_id, org_unit_id, client_uuid)
                    SELECT o.id, ?, c.code, ?, ?, ?, ?, ?,
                           (SELECT g.id FROM grid g WHERE g.retired_at IS NULL
                               AND ST_Covers(g.geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))
                             ORDER BY g.kind = 'UNIT_GRID' DESC, g.id LIMIT 1),
                           o.squad_id, ?
                      FROM officer o, incident_category c WHERE o.id = ? AND c.code = ? AND c.active
                    ON CONFLICT (client_uuid) DO NOTHING""")) {
                insert.setLong(1, who.deviceId());
                insert.setString(2, report.description());
                insert.setString(3, report.address());
                insert.setDouble(4, wgs[0]);
                insert.setDouble(5, wgs[1]);
                insert.setTimestamp(6, Timestamp.from(report.reportedAt()));
                insert.setDouble(7, wgs[0]);
                insert.setDouble(8, wgs[1]);
                insert.setObject(9, report.clientId());
                insert.setLong(10, who.officerId());
                insert.setString(11, report.categoryCode());
                insert.executeUpdate();
            }
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT id, officer_id FROM incident WHERE client_uuid = ?")) {
                query.setObject(1, report.clientId());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.unprocessable("incident.category-unknown",
                                "category " + report.categoryCode() + " is not an active incident category", null);
                    }
                    if (row.getLong(2) != who.officerId()) {
                        throw ProblemException.conflict("incident.client-id-taken", "clientId was used by another report");
                    }
                    return find(db, Caller.unrestricted(), null, null, null, row.getLong(1), 1).get(0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing an incident failed", e);
        }
    }

    /**
     * @param caller who asks: only incidents of his org subtree
     * @param from   reported at or after, or null
     * @param to     reported before, or null
     * @param state  one state only, or null
     * @param limit  at most this many, newest first (1–1,000)
     * @return the incidents
     */
    public List<Incident> list(Caller caller, Instant from, Instant to, String state, int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("paging.invalid", "1 ≤ limit ≤ 1000");
        }
        try (Connection db = dataSource.getConnection()) {
            return find(db, caller, from, to, state, null, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list incidents", e);
        }
    }

    private static List<Incident> find(Connection db, Caller caller, Instant from, Instant to, String state, Long id,
                                       int limit) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(LIST)) {
            query.setString(1, caller.pathPrefix());
            Timestamp f = from == null ? null : Timestamp.from(from);
            Timestamp t = to == null ? null : Timestamp.from(to);
            query.setTimestamp(2, f);
            query.setTimestamp(3, f);
            query.setTimestamp(4, t);
            query.setTimestamp(5, t);
            query.setString(6, state);
            query.setString(7, state);
            query.setObject(8, id);
            query.setObject(9, id);
            query.setInt(10, limit);
            List<Incident> incidents = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    incidents.add(new Incident(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getObject(6, Double.class), row.getObject(7, Double.class),
                            row.getTimestamp(8).toInstant(), row.getString(9), row.getLong(10), row.getString(11),
                            row.getObject(12, Long.class), row.getLong(13), row.getInt(14)));
                }
            }
            return incidents;
        }
    }

    private static void check(IncidentReport report) {
        if (report == null || report.clientId() == null) {
            throw ProblemException.unprocessable("incident.client-id-missing", "send clientId, a UUID the phone made for this report", null);
        }
        if (report.categoryCode() == null || report.categoryCode().isBlank()) {
            throw ProblemException.unprocessable("incident.category-missing", "send categoryCode", null);
        }
        if (report.reportedAt() == null || report.reportedAt().isAfter(Instant.now().plus(Duration.ofMinutes(10)))) {
            throw ProblemException.unprocessable("incident.time-invalid", "reportedAt is required and not ahead of the server's clock", null);
        }
        if (report.lon() == null || report.lat() == null || !Double.isFinite(report.lon()) || !Double.isFinite(report.lat())
                || Math.abs(report.lon()) > 180 || Math.abs(report.lat()) > 90) {
            throw ProblemException.unprocessable("incident.position-invalid", "lon in [-180, 180] and lat in [-90, 90] are required", null);
        }
        if (report.description() != null && report.description().length() > 4000) {
            throw ProblemException.unprocessable("incident.description-too-long", "a description has at most 4,000 characters", null);
        }
    }
}

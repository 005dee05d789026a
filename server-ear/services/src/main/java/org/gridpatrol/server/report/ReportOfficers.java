package org.gridpatrol.server.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The officers a report covers (active, in an org subtree) and their own grids in a period: grids
 * assigned to the officer or to his squad at some time in it.
 */
final class ReportOfficers {
    /** An officer of the report. */
    record Officer(long id, String badgeNo, String name, long squadId) {
    }

    /** One of his grids. */
    record OwnGrid(long id, String name, Geometry geometry) {
    }

    final List<Officer> officers = new ArrayList<>();
    final Map<Long, List<OwnGrid>> grids = new HashMap<>();

    static ReportOfficers read(Connection db, String subtreePath, Instant from, Instant to) throws SQLException {
        ReportOfficers result = new ReportOfficers();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT o.id, o.badge_no, o.name, o.squad_id FROM officer o JOIN org_unit u ON u.id = o.squad_id
                 WHERE o.active AND u.path LIKE ? || '%' ORDER BY o.id""")) {
            query.setString(1, subtreePath);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    result.officers.add(new Officer(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)));
                }
            }
        }
        if (result.officers.isEmpty()) {
            return result;
        }
        Map<Long, OwnGrid> shapes = new LinkedHashMap<>();
        WKBReader wkb = new WKBReader(GeoJson.factory());
        try (PreparedStatement query = db.prepareStatement("""
                SELECT DISTINCT o.id, g.id, g.name, ST_AsBinary(g.geom) FROM officer o
                  JOIN assignment a ON a.officer_id = o.id OR a.squad_id = o.squad_id
                  JOIN grid g ON g.id = a.grid_id
                 WHERE o.id = ANY (?) AND a.valid_from < ? AND (a.valid_to IS NULL OR a.valid_to > ?)
                 ORDER BY o.id, g.id""")) {
            query.setArray(1, db.createArrayOf("bigint", result.officers.stream().map(Officer::id).toArray()));
            query.setTimestamp(2, Timestamp.from(to));
            query.setTimestamp(3, Timestamp.from(from));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long gridId = row.getLong(2);
                    OwnGrid grid = shapes.get(gridId);
                    if (grid == null) {
                        grid = new OwnGrid(gridId, row.getString(3), wkb.read(row.getBytes(4)));
                        shapes.put(gridId, grid);
                    }
                    result.grids.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(grid);
                }
            } catch (ParseException e) {
                throw new SQLException("PostGIS sent a grid JTS cannot read", e);
            }
        }
        return result;
    }

    /** @return the ids of the officers */
    List<Long> ids() {
        return officers.stream().map(Officer::id).toList();
    }
}

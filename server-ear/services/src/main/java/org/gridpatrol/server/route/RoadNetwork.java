package org.gridpatrol.server.route;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The street network in {@code road}, walked with pgRouting: checkpoints snapped to their nearest
 * junction, the walking distances between junctions ({@code pgr_dijkstraCostMatrix}, undirected,
 * geodesic metres) and the streets of one shortest path ({@code pgr_dijkstra}).
 */
final class RoadNetwork {
    private static final String EDGES = "SELECT id, source, target, length_m AS cost, length_m AS reverse_cost FROM road"
            + " WHERE source IS NOT NULL";

    /** Where a checkpoint joins the network: the junction, its position and the metres to it. */
    record Snap(long vertex, double lon, double lat, double metres) {
    }

    private RoadNetwork() {
    }

    /** @return why the network cannot be used, or null when it can */
    static String unusable(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT EXISTS (SELECT 1 FROM road WHERE source IS NOT NULL),"
                + " EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgrouting')"); ResultSet row = query.executeQuery()) {
            row.next();
            if (!row.getBoolean(1)) {
                return "no street network is loaded";
            }
            return row.getBoolean(2) ? null : "pgRouting is not installed in the database";
        }
    }

    /** @return the nearest junction to the point: the nearer end of the nearest street segment */
    static Snap snap(Connection db, double lon, double lat) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                WITH p AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS g),
                     r AS (SELECT r.source, r.target, ST_StartPoint(r.geom) AS s, ST_EndPoint(r.geom) AS e
                             FROM road r, p WHERE r.source IS NOT NULL ORDER BY r.geom <-> p.g LIMIT 1),
                     v AS (SELECT CASE WHEN ST_Distance(s::geography, p.g::geography) <= ST_Distance(e::geography, p.g::geography)
                                       THEN source ELSE target END AS id,
                                  CASE WHEN ST_Distance(s::geography, p.g::geography) <= ST_Distance(e::geography, p.g::geography)
                                       THEN s ELSE e END AS g FROM r, p)
                SELECT v.id, ST_X(v.g), ST_Y(v.g), ST_Distance(v.g::geography, p.g::geography) FROM v, p""")) {
            query.setDouble(1, lon);
            query.setDouble(2, lat);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Snap(row.getLong(1), row.getDouble(2), row.getDouble(3), row.getDouble(4));
            }
        }
    }

    /** @return metres between each pair of junctions; absent pairs are not connected */
    static Map<String, Double> distances(Connection db, long[] vertices) throws SQLException {
        Map<String, Double> metres = new HashMap<>();
        long[] distinct = Arrays.stream(vertices).distinct().toArray();
        if (distinct.length < 2) {
            return metres;
        }
        try (PreparedStatement query = db.prepareStatement("SELECT start_vid, end_vid, agg_cost"
                + " FROM pgr_dijkstraCostMatrix(?, ?::bigint[], directed => false)")) {
            query.setString(1, EDGES);
            query.setArray(2, db.createArrayOf("bigint", Arrays.stream(distinct).boxed().toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    metres.put(row.getLong(1) + ">" + row.getLong(2), row.getDouble(3));
                }
            }
        }
        return metres;
    }

    /** @return the coordinates of the shortest walk between two junctions, from the first to the second */
    static List<Coordinate> path(Connection db, long from, long to) throws SQLException {
        List<Coordinate> line = new ArrayList<>();
        if (from == to) {
            return line;
        }
        WKBReader wkb = new WKBReader(GeoJson.factory());
        try (PreparedStatement query = db.prepareStatement("""
                SELECT ST_AsBinary(CASE WHEN d.node = r.source THEN r.geom ELSE ST_Reverse(r.geom) END)
                  FROM pgr_dijkstra(?, ?::bigint, ?::bigint, directed => false) d JOIN road r ON r.id = d.edge
                 ORDER BY d.seq""")) {
            query.setString(1, EDGES);
            query.setLong(2, from);
            query.setLong(3, to);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    line.addAll(Arrays.asList(wkb.read(row.getBytes(1)).getCoordinates()));
                }
            }
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS sent a street JTS cannot read", e);
        }
        return line;
    }
}

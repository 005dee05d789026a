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
 * The street network in {@code road}, walked with pgRouting: a checkpoint joins it at the nearest
 * point of the nearest street segment, from where it can walk to either end of that segment; the
 * walking distances between junctions come from {@code pgr_dijkstraCostMatrix} (undirected,
 * geodesic metres) and the streets of one shortest walk from {@code pgr_dijkstra}.
 */
final class RoadNetwork {
    private static final String EDGES = "SELECT id, source, target, length_m AS cost, length_m AS reverse_cost FROM road"
            + " WHERE source IS NOT NULL";

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

    /** @return where the point joins the network: the nearest street segment and the point on it */
    static StreetSnap snap(Connection db, double lon, double lat) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                WITH p AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS g),
                     r AS (SELECT r.id, r.source, r.target, r.geom, r.length_m FROM road r, p
                            WHERE r.source IS NOT NULL ORDER BY r.geom <-> p.g LIMIT 1),
                     f AS (SELECT r.*, ST_LineLocatePoint(r.geom, p.g) AS t, p.g AS pg FROM r, p),
                     q AS (SELECT f.*, ST_LineInterpolatePoint(f.geom, f.t) AS on_street FROM f)
                SELECT id, source, target, ST_Distance(on_street::geography, pg::geography), t, length_m,
                       ST_X(on_street), ST_Y(on_street),
                       ST_AsBinary(ST_Reverse(ST_LineSubstring(geom, 0, t))), ST_AsBinary(ST_LineSubstring(geom, t, 1))
                  FROM q""")) {
            query.setDouble(1, lon);
            query.setDouble(2, lat);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                WKBReader wkb = new WKBReader(GeoJson.factory());
                return new StreetSnap(row.getLong(1), new long[] {row.getLong(2), row.getLong(3)}, row.getDouble(4),
                        row.getDouble(5), row.getDouble(6), new Coordinate(row.getDouble(7), row.getDouble(8)),
                        List.of(coordinates(wkb, row.getBytes(9)), coordinates(wkb, row.getBytes(10))));
            }
        }
    }

    /** @return metres between each pair of junctions ("a>b"); absent pairs are not connected */
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
                    line.addAll(coordinates(wkb, row.getBytes(1)));
                }
            }
        }
        return line;
    }

    /** @return the part of one street segment between two fractions of its length, walked from the first */
    static List<Coordinate> along(Connection db, long edge, double from, double to) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT ST_AsBinary(CASE WHEN ? <= ? THEN ST_LineSubstring(geom, ?, ?)"
                + " ELSE ST_Reverse(ST_LineSubstring(geom, ?, ?)) END) FROM road WHERE id = ?")) {
            double low = Math.min(from, to);
            double high = Math.max(from, to);
            query.setDouble(1, from);
            query.setDouble(2, to);
            query.setDouble(3, low);
            query.setDouble(4, high);
            query.setDouble(5, low);
            query.setDouble(6, high);
            query.setLong(7, edge);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return coordinates(new WKBReader(GeoJson.factory()), row.getBytes(1));
            }
        }
    }

    private static List<Coordinate> coordinates(WKBReader wkb, byte[] geometry) {
        try {
            return Arrays.asList(wkb.read(geometry).getCoordinates());
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS sent a street JTS cannot read", e);
        }
    }
}

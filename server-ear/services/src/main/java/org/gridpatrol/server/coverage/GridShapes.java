package org.gridpatrol.server.coverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** A grid's polygon and the street segments that meet it, read from PostGIS as WKB. */
public final class GridShapes {
    private GridShapes() {
    }

    /** @return the grid's geometry, or null when there is no such grid */
    public static Geometry grid(Connection db, long gridId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT ST_AsBinary(geom) FROM grid WHERE id = ?")) {
            query.setLong(1, gridId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? read(row.getBytes(1)) : null;
            }
        }
    }

    /** @return true when the road table holds any segment (else street shares are not asked for) */
    public static boolean roadNetworkLoaded(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT EXISTS (SELECT 1 FROM road)");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /** @return the street segments meeting the grid, whole (the meter cuts them) */
    public static List<Geometry> streets(Connection db, long gridId) throws SQLException {
        List<Geometry> streets = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT ST_AsBinary(r.geom) FROM road r JOIN grid g ON r.geom && g.geom AND ST_Intersects(r.geom, g.geom)
                 WHERE g.id = ?""")) {
            query.setLong(1, gridId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    streets.add(read(row.getBytes(1)));
                }
            }
        }
        return streets;
    }

    private static Geometry read(byte[] wkb) throws SQLException {
        try {
            return new WKBReader(GeoJson.factory()).read(wkb);
        } catch (ParseException e) {
            throw new SQLException("PostGIS sent geometry that JTS cannot read", e);
        }
    }
}

package org.gridpatrol.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixtures of places: org units made directly in the database, squares of
 * lon/lat cells far from each other so tests sharing one database never meet,
 * and unique CJ/T 213 codes.
 */
public final class District {
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));

    private District() {
    }

    /** A fresh corner of the map: a south-west origin no other test uses. */
    public static double[] origin() {
        int n = NEXT.incrementAndGet();
        return new double[] {100.0 + (n % 60) * 0.5, 25.0 + (n / 60) * 0.5};
    }

    /** A unique, well-formed unit-grid code in Bengshan district (340303). */
    public static String code() {
        int n = NEXT.incrementAndGet();
        return String.format(Locale.ROOT, "340303%03d%03d%03d", 1 + n % 999, 1 + (n / 999) % 999, 1 + (int) (System.nanoTime() % 999));
    }

    /** A new org unit (a bureau, with no parent) for the test's grids. */
    public static long orgUnit() throws SQLException {
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO org_unit (kind, name, code) VALUES ('BUREAU', ?, ?) RETURNING id")) {
            String code = "T-" + System.nanoTime();
            insert.setString(1, "测试局 " + code);
            insert.setString(2, code);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** GeoJSON Polygon of the lon/lat cell [lon, lon+w] × [lat, lat+h]. */
    public static String cell(double lon, double lat, double w, double h) {
        return String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.7f,%2$.7f],[%3$.7f,%2$.7f],[%3$.7f,%4$.7f],[%1$.7f,%4$.7f],[%1$.7f,%2$.7f]]]}",
                lon, lat, lon + w, lat + h);
    }

    /** Area of a lon/lat cell on the sphere, an answer computed apart from PostGIS. */
    public static double cellArea(double lat, double w, double h) {
        return EARTH_RADIUS_M * EARTH_RADIUS_M * Math.toRadians(w)
                * (Math.sin(Math.toRadians(lat + h)) - Math.sin(Math.toRadians(lat)));
    }

    /** The JSON body of a grid draft. */
    public static String draft(String kind, String name, String code, long orgUnit, String geometry, String extra) {
        return "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\","
                + (code == null ? "" : "\"code\":\"" + code + "\",")
                + "\"orgUnitId\":" + orgUnit + ",\"geometry\":" + geometry + (extra == null ? "" : "," + extra) + "}";
    }

    /** How many rows a query counts. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = PrivateDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}

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

    /** An officer who can sign in: badge, password and registered device, and their row ids. */
    public record Officer(long id, long deviceId, long squadId, String badge, String password, String deviceUid) {
    }

    /** A new squad under a new bureau, with one officer holding an account and a registered phone. */
    public static Officer officer() throws SQLException {
        long bureau = orgUnit();
        String tag = Long.toString(System.nanoTime(), 36);
        String password = "Patrol-" + tag + "!";
        try (Connection db = PrivateDatabase.connect()) {
            long squad = insert(db, "INSERT INTO org_unit (parent_id, kind, name, code) VALUES (?, 'SQUAD', ?, ?) RETURNING id",
                    bureau, "一中队 " + tag, "SQ-" + tag);
            long user = insert(db, "INSERT INTO app_user (username, display_name, password_hash, org_unit_id, must_change_password)"
                    + " VALUES (?, ?, ?, ?, false) RETURNING id", "u" + tag, "队员 " + tag,
                    org.gridpatrol.server.account.PasswordHash.hash(password), squad);
            long officer = insert(db, "INSERT INTO officer (badge_no, name, squad_id, user_id) VALUES (?, ?, ?, ?) RETURNING id",
                    "B" + tag, "队员 " + tag, squad, user);
            long device = insert(db, "INSERT INTO device (device_uid, officer_id, model, os) VALUES (?, ?, 'P40', 'Android 13') RETURNING id",
                    "dev-" + tag, officer);
            return new Officer(officer, device, squad, "B" + tag, password, "dev-" + tag);
        }
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
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

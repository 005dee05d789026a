package org.gridpatrol.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangular grid of known size in metres, owned by a fresh officer's squad and assigned to
 * him, and walks written straight into the fix table: the construction whose coverage, mileage
 * and time inside are known without asking the server. Metres are laid out on the test's own
 * sphere around the south-west corner.
 *
 * @param officer the officer and his phone
 * @param grid    the grid's id
 * @param origin  south-west corner, lon/lat
 * @param width   east-west size, metres
 * @param height  north-south size, metres
 */
record RectangleBeat(District.Officer officer, long grid, double[] origin, double width, double height) {
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    static RectangleBeat create(double width, double height) throws SQLException {
        District.Officer officer = District.officer();
        double[] o = District.origin();
        RectangleBeat beat = new RectangleBeat(officer, 0, o, width, height);
        double[] ne = beat.lonLat(width, height);
        try (Connection db = PrivateDatabase.connect()) {
            long grid = Territory.insert(db, "INSERT INTO grid (kind, name, org_unit_id, geom) VALUES ('RESPONSIBILITY_ZONE', ?, ?,"
                    + " ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326))) RETURNING id", "矩形网格 " + Fixtures.unique("r"),
                    officer.squadId(), o[0], o[1], ne[0], ne[1]);
            Territory.insert(db, "INSERT INTO assignment (officer_id, grid_id, valid_from) VALUES (?, ?, now() - interval '400 days')"
                    + " RETURNING id", officer.id(), grid);
            return new RectangleBeat(officer, grid, o, width, height);
        }
    }

    /** @return lon/lat of the point x metres east and y metres north of the south-west corner */
    double[] lonLat(double x, double y) {
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(origin[1]));
        return new double[] {origin[0] + x / kx, origin[1] + y / METRES_PER_DEGREE};
    }

    /**
     * A walk through metric corners at a steady speed, a fix every {@code everyS} seconds.
     *
     * @return {x, y} of each fix; the n-th fix is at {@code start + n·everyS}
     */
    static List<double[]> walk(double speedMps, int everyS, double[]... corners) {
        List<double[]> points = new ArrayList<>();
        double step = speedMps * everyS;
        double carried = 0;
        for (int c = 1; c < corners.length; c++) {
            double[] a = corners[c - 1];
            double[] b = corners[c];
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double d = carried;
            for (; d < length; d += step) {
                points.add(new double[] {a[0] + (b[0] - a[0]) * d / length, a[1] + (b[1] - a[1]) * d / length});
            }
            carried = d - length;
        }
        double[] last = corners[corners.length - 1];
        points.add(last);
        return points;
    }

    /** Writes the walk as fixes of the officer's phone from {@code start}, one every {@code everyS} seconds. */
    void store(List<double[]> walk, Instant start, int everyS, long firstSeq) throws SQLException {
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO fix (device_id, officer_id, seq, fix_time, lon, lat,"
                     + " accuracy_m, speed_mps, provider) VALUES (?, ?, ?, ?, ?, ?, 5, 1.2, 'gps')")) {
            for (int i = 0; i < walk.size(); i++) {
                double[] p = lonLat(walk.get(i)[0], walk.get(i)[1]);
                insert.setLong(1, officer.deviceId());
                insert.setLong(2, officer.id());
                insert.setLong(3, firstSeq + i);
                insert.setTimestamp(4, Timestamp.from(start.plusSeconds((long) i * everyS)));
                insert.setDouble(5, p[0]);
                insert.setDouble(6, p[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}

package org.gridpatrol.bench.load;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A district for the report benchmarks, written straight into the database: squads of 50
 * officers under one bureau, each officer with a 400 m square grid of his own (grids 500 m apart),
 * clocked in 08:00–20:00, and a day of fixes, one every 10 s (8,640), from a walk at 1.2 m/s
 * that turns at random and strays up to 50 m out of his grid. The walk crosses itself all day,
 * the hard case for a buffer.
 */
final class PatrolDays {
    static final int FIXES = 8_640;
    static final double SIDE_M = 400;
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    final LocalDate day;
    final Instant from;
    final long bureau;
    final long[] squads;
    final long[] officers;
    final long[] grids;

    private PatrolDays(LocalDate day, Instant from, long bureau, long[] squads, long[] officers, long[] grids) {
        this.day = day;
        this.from = from;
        this.bureau = bureau;
        this.squads = squads;
        this.officers = officers;
        this.grids = grids;
    }

    /** Writes {@code count} officers (a multiple of 50) with their grids and a day of fixes ten days ago. */
    static PatrolDays write(Connection db, int count) throws SQLException, java.io.IOException {
        String tag = Long.toString(System.currentTimeMillis(), 36);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.now(zone).minusDays(10);
        Instant from = day.atStartOfDay(zone).toInstant();
        // the day's partition, as the server keeps them ahead in production (else the rows land in fix_default)
        try (PreparedStatement partitions = db.prepareStatement("SELECT ensure_fix_partitions(?, 2)")) {
            partitions.setObject(1, day.minusDays(1));
            partitions.execute();
        }
        long bureau = id(db, "INSERT INTO org_unit (kind, name, code) VALUES ('BUREAU', ?, ?) RETURNING id", "压测局 " + tag, "BB-" + tag);
        long[] squads = new long[count / 50];
        for (int s = 0; s < squads.length; s++) {
            squads[s] = id(db, "INSERT INTO org_unit (parent_id, kind, name, code) VALUES (?, 'SQUAD', ?, ?) RETURNING id", bureau,
                    "压测中队 " + tag + "-" + s, "BS-" + tag + "-" + s);
        }
        double lon0 = 110 + (System.currentTimeMillis() / 1000 % 500) * 0.01;
        double lat0 = 24.0;
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
        long[] officers = new long[count];
        long[] grids = new long[count];
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            double west = lon0 + (i % 25) * 500 / kx;
            double south = lat0 + (i / 25) * 500 / METRES_PER_DEGREE;
            officers[i] = id(db, "INSERT INTO officer (badge_no, name, squad_id) VALUES (?, ?, ?) RETURNING id", "P" + tag + "-" + i,
                    "压测队员" + i, squads[i / 50]);
            grids[i] = id(db, "INSERT INTO grid (kind, name, org_unit_id, geom) VALUES ('RESPONSIBILITY_ZONE', ?, ?,"
                    + " ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326))) RETURNING id", "压测网格" + i, squads[i / 50], west, south,
                    west + SIDE_M / kx, south + SIDE_M / METRES_PER_DEGREE);
            id(db, "INSERT INTO assignment (officer_id, grid_id, valid_from) VALUES (?, ?, ?) RETURNING id", officers[i], grids[i],
                    java.sql.Timestamp.from(from.minusSeconds(86_400)));
            id(db, "INSERT INTO clock_event (officer_id, kind, at) VALUES (?, 'IN', ?) RETURNING id", officers[i],
                    java.sql.Timestamp.from(from.plusSeconds(8 * 3600)));
            id(db, "INSERT INTO clock_event (officer_id, kind, at) VALUES (?, 'OUT', ?) RETURNING id", officers[i],
                    java.sql.Timestamp.from(from.plusSeconds(20 * 3600)));
            StringBuilder rows = new StringBuilder(FIXES * 90);
            double x = SIDE_M / 2;
            double y = SIDE_M / 2;
            double heading = random.nextDouble() * 2 * Math.PI;
            for (int n = 0; n < FIXES; n++) {
                heading += random.nextGaussian() * 0.3;
                x += Math.cos(heading) * 12;
                y += Math.sin(heading) * 12;
                if (x < -50 || x > SIDE_M + 50 || y < -50 || y > SIDE_M + 50) {
                    heading += Math.PI; // turn back at the edge of the beat
                    x = Math.max(-50, Math.min(SIDE_M + 50, x));
                    y = Math.max(-50, Math.min(SIDE_M + 50, y));
                }
                rows.append(1_000_000_000L + officers[i]).append('\t').append(officers[i]).append('\t').append(n).append('\t')
                        .append(from.plusSeconds(10L * n)).append('\t')
                        .append(String.format(Locale.ROOT, "%.7f\t%.7f", west + x / kx, south + y / METRES_PER_DEGREE))
                        .append("\t5\t1.2\tgps\n");
            }
            copy.copyIn("COPY fix (device_id, officer_id, seq, fix_time, lon, lat, accuracy_m, speed_mps, provider) FROM STDIN",
                    new StringReader(rows.toString()));
        }
        try (PreparedStatement analyze = db.prepareStatement("ANALYZE fix")) {
            analyze.execute();
        }
        return new PatrolDays(day, from, bureau, squads, officers, grids);
    }

    private static long id(Connection db, String sql, Object... parameters) throws SQLException {
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
}

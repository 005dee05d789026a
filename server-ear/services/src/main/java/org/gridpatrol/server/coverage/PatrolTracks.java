package org.gridpatrol.server.coverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.track.TrackCleaner;

/**
 * Reads officers' fixes of a window in one query and cleans them the way replay does (jumps
 * left out), so coverage and reports measure the same track a supervisor sees.
 */
public final class PatrolTracks {
    private PatrolTracks() {
    }

    /**
     * @return per officer, his kept fixes in time order; officers without fixes are absent
     */
    public static Map<Long, List<Fix>> cleaned(Connection db, List<Long> officerIds, Instant from, Instant to)
            throws SQLException {
        Map<Long, List<Fix>> raw = new HashMap<>();
        if (officerIds.isEmpty()) {
            return raw;
        }
        try (PreparedStatement query = BinaryTransfer.ask(db.prepareStatement("""
                SELECT officer_id, seq, fix_time, lon, lat, accuracy_m, speed_mps, mock FROM fix
                 WHERE officer_id = ANY (?) AND fix_time >= ? AND fix_time < ?
                 ORDER BY officer_id, fix_time, seq"""))) {
            query.setArray(1, db.createArrayOf("bigint", officerIds.toArray()));
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            query.setFetchSize(10_000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    double speed = row.getDouble(7);
                    boolean noSpeed = row.wasNull();
                    raw.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new Fix(row.getTimestamp(3).toInstant(),
                            row.getDouble(4), row.getDouble(5), row.getDouble(6), noSpeed ? Double.NaN : speed, "gps",
                            row.getBoolean(8), row.getLong(2)));
                }
            }
        }
        TrackCleaner cleaner = TrackCleaner.walking();
        Map<Long, List<Fix>> kept = new HashMap<>();
        raw.forEach((officer, fixes) -> kept.put(officer, cleaner.withoutJumps(fixes)));
        return kept;
    }

    /** @return the fixes as {lon, lat} pairs, the shape the coverage meter reads */
    public static double[][] lonLat(List<Fix> fixes) {
        double[][] points = new double[fixes.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {fixes.get(i).lon(), fixes.get(i).lat()};
        }
        return points;
    }
}

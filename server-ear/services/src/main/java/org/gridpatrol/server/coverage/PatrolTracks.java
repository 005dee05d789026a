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
import java.util.function.BiConsumer;
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
        Map<Long, List<Fix>> kept = new HashMap<>();
        each(db, officerIds, from, to, (officer, fixes) -> kept.put(officer, cleaned(fixes)));
        return kept;
    }

    /** @return the fixes without jumps, as replay shows them */
    public static List<Fix> cleaned(List<Fix> fixes) {
        return TrackCleaner.walking().withoutJumps(fixes);
    }

    /**
     * Hands over each officer's fixes, raw, as soon as his last row is read, so the caller can
     * measure one officer while the next one's rows arrive. The fixes carry what cleaning and
     * measuring read (time, position, accuracy), not speed, provider, mock flag or sequence number.
     *
     * @param track told once per officer with fixes, in officer order, with his fixes in time order, on the calling thread
     */
    public static void each(Connection db, List<Long> officerIds, Instant from, Instant to, BiConsumer<Long, List<Fix>> track)
            throws SQLException {
        if (officerIds.isEmpty()) {
            return;
        }
        try (PreparedStatement query = BinaryTransfer.ask(db.prepareStatement("""
                SELECT officer_id, fix_time, lon, lat, accuracy_m FROM fix
                 WHERE officer_id = ANY (?) AND fix_time >= ? AND fix_time < ?
                 ORDER BY officer_id, fix_time, seq"""))) {
            query.setArray(1, db.createArrayOf("bigint", officerIds.toArray()));
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            query.setFetchSize(10_000);
            try (ResultSet row = query.executeQuery()) {
                long officer = 0;
                List<Fix> fixes = new ArrayList<>();
                while (row.next()) {
                    if (row.getLong(1) != officer && !fixes.isEmpty()) {
                        track.accept(officer, fixes);
                        fixes = new ArrayList<>();
                    }
                    officer = row.getLong(1);
                    fixes.add(new Fix(row.getTimestamp(2).toInstant(), row.getDouble(3), row.getDouble(4), row.getDouble(5),
                            Double.NaN, "gps", false, 0));
                }
                if (!fixes.isEmpty()) {
                    track.accept(officer, fixes);
                }
            }
        }
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

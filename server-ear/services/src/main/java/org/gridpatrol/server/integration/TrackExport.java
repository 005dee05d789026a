package org.gridpatrol.server.integration;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * The stored fixes of a time window, of one officer or of every officer in the caller's subtree,
 * in pages ordered by (fix time, device, seq). Fixes a phone uploads late, into a window already
 * read, are not in the pages read before: read the window again for them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TrackExport {
    static final Duration MAX_WINDOW = Duration.ofDays(7);
    /** The most fixes one page may hold. */
    public static final int MAX_LIMIT = 10_000;

    private static final String SQL = """
            SELECT f.officer_id, f.device_id, f.seq, f.fix_time, f.lon, f.lat, f.accuracy_m, f.speed_mps, f.provider, f.mock
              FROM fix f JOIN officer o ON o.id = f.officer_id JOIN org_unit u ON u.id = o.squad_id
             WHERE u.path LIKE ? || '%' AND f.fix_time >= ? AND f.fix_time < ? AND (?::bigint IS NULL OR f.officer_id = ?)
               AND (f.fix_time, f.device_id, f.seq) > (?, ?, ?)
             ORDER BY f.fix_time, f.device_id, f.seq LIMIT ?""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param caller    who reads
     * @param officerId one officer, or null for all in the caller's subtree
     * @param from      start of the window
     * @param to        end of the window, at most seven days later
     * @param cursor    the {@code next} of the previous page, or null to start
     * @param limit     fixes wanted, 1 to {@value #MAX_LIMIT}
     */
    public TrackPage page(Caller caller, Long officerId, Instant from, Instant to, String cursor, int limit) {
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("track.bad-window", "send from < to, at most " + MAX_WINDOW.toDays() + " days apart");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("paging.invalid", "1 ≤ limit ≤ " + MAX_LIMIT);
        }
        long[] after = decode(cursor);
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(SQL)) {
            if (officerId != null) {
                checkVisible(db, caller, officerId);
            }
            query.setString(1, caller.pathPrefix());
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            query.setObject(4, officerId);
            query.setObject(5, officerId);
            query.setTimestamp(6, Timestamp.from(Instant.EPOCH.plus(after[0], java.time.temporal.ChronoUnit.MICROS)));
            query.setLong(7, after[1]);
            query.setLong(8, after[2]);
            query.setInt(9, limit + 1);
            query.setFetchSize(2000);
            List<TrackPage.Fix> fixes = new ArrayList<>();
            boolean more = false;
            String next = cursor == null || cursor.isBlank() ? encode(after) : cursor.strip();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    if (fixes.size() == limit) {
                        more = true;
                        break;
                    }
                    Instant time = row.getTimestamp(4).toInstant();
                    fixes.add(new TrackPage.Fix(row.getLong(1), row.getLong(2), row.getLong(3), time, row.getDouble(5),
                            row.getDouble(6), row.getObject(7, Float.class), row.getObject(8, Float.class),
                            row.getString(9), row.getBoolean(10)));
                    next = encode(new long[] {time.getEpochSecond() * 1_000_000 + time.getNano() / 1000,
                            row.getLong(2), row.getLong(3)});
                }
            }
            return new TrackPage(fixes, next, more);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read fixes", e);
        }
    }

    private static void checkVisible(Connection db, Caller caller, long officerId) throws SQLException {
        try (PreparedStatement officer = db.prepareStatement(
                "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?")) {
            officer.setLong(1, officerId);
            try (ResultSet row = officer.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(1))) {
                    throw ProblemException.notFound("officer.not-found", "there is no officer " + officerId);
                }
            }
        }
    }

    static String encode(long[] position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("t1:" + position[0] + ":" + position[1] + ":" + position[2]).getBytes(StandardCharsets.US_ASCII));
    }

    static long[] decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new long[] {0, 0, -1}; // before any fix: they are all after 1970
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 4 || !parts[0].equals("t1")) {
                throw new IllegalArgumentException(cursor);
            }
            return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])};
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor.invalid",
                    "the cursor is not one this server gave; send the 'next' of an earlier page, or none to start");
        }
    }
}

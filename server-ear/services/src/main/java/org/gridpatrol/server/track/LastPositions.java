package org.gridpatrol.server.track;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.officer.LastPosition;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Every active officer's last known position within the caller's scope, from the status row ingest
 * keeps up to date (one row per officer: no scan of the fixes).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LastPositions {
    /** How far back {@code since} may reach. */
    public static final Duration FURTHEST = Duration.ofDays(7);

    private static final String QUERY = """
            SELECT o.id, o.badge_no, o.name, o.squad_id, s.last_fix_lon, s.last_fix_lat, s.last_fix_accuracy_m,
                   s.last_fix_time, s.last_contact_at, s.clocked_in
              FROM officer_status s
              JOIN officer o ON o.id = s.officer_id
              JOIN org_unit u ON u.id = o.squad_id
             WHERE o.active AND s.last_fix_lon IS NOT NULL AND s.last_fix_time >= ?
               AND u.path LIKE ? || '%'
             ORDER BY o.id""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param since only officers whose newest fix is at or after it
     * @throws ProblemException 400 {@code position.since-too-early} beyond {@link #FURTHEST},
     *                          400 {@code position.since-in-future} after now
     */
    public List<LastPosition> since(Caller caller, Instant since) {
        Instant now = Instant.now();
        if (since.isAfter(now)) {
            throw ProblemException.badRequest("position.since-in-future", "since must not be later than now");
        }
        if (Duration.between(since, now).compareTo(FURTHEST) > 0) {
            throw ProblemException.badRequest("position.since-too-early",
                    "last positions reach back at most " + FURTHEST.toDays() + " days; send a later since");
        }
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(QUERY)) {
            query.setTimestamp(1, Timestamp.from(since));
            query.setString(2, caller.pathPrefix());
            List<LastPosition> positions = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Timestamp contact = row.getTimestamp(9);
                    Object accuracy = row.getObject(7);
                    positions.add(new LastPosition(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                            row.getDouble(5), row.getDouble(6), accuracy == null ? null : ((Number) accuracy).floatValue(),
                            row.getTimestamp(8).toInstant(), contact == null ? null : contact.toInstant(), row.getBoolean(10)));
                }
            }
            return positions;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the officers' last positions failed", e);
        }
    }
}

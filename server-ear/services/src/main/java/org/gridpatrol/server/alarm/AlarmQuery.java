package org.gridpatrol.server.alarm;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/** Alarms by time range, officer, grid, type and state, within the caller's scope, newest first. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AlarmQuery {
    static final Set<String> TYPES = Set.of("CROSS_ZONE", "OFF_POST", "STILL", "LOST_CONTACT", "FAKE_LOCATION",
            "CHECKPOINT_ORDER", "CHECKPOINT_MISSED", "LATE", "EARLY_LEAVE", "ABSENT", "CLOCK_IN_OUTSIDE");
    static final Set<String> STATES = Set.of("OPEN", "ACKNOWLEDGED", "HANDLED");

    private static final String FILTER = """
              FROM alarm a JOIN officer o ON o.id = a.officer_id JOIN org_unit u ON u.id = a.org_unit_id
             WHERE u.path LIKE ? || '%'
               AND (?::timestamptz IS NULL OR coalesce(a.ended_at, 'infinity') >= ?)
               AND (?::timestamptz IS NULL OR a.started_at < ?)
               AND (?::bigint IS NULL OR a.officer_id = ?)
               AND (?::bigint IS NULL OR a.grid_id = ?)
               AND (?::text IS NULL OR a.type = ?)
               AND (?::text IS NULL OR a.state = ?)""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /** The filter of a query; every member may be null. */
    public record Filter(Instant from, Instant to, Long officerId, Long gridId, String type, String state) {
    }

    /**
     * @param caller who asks: only alarms of his org subtree
     * @param filter what to look for; alarms overlapping [from, to)
     * @param offset rows to skip
     * @param limit  rows to return, at most 1,000
     * @return the alarms, newest start first
     */
    public List<AlarmView> find(Caller caller, Filter filter, int offset, int limit) {
        check(filter);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("paging.invalid", "offset ≥ 0 and 1 ≤ limit ≤ 1000");
        }
        String sql = "SELECT a.id, a.type, a.officer_id, o.badge_no, o.name, a.grid_id, a.org_unit_id, a.state, a.started_at,"
                + " a.ended_at, a.duration_s, a.raised_at, a.raised_late, a.reason, a.disposition" + FILTER
                + " ORDER BY a.started_at DESC, a.id DESC OFFSET ? LIMIT ?";
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            int next = bind(query, caller, filter);
            query.setInt(next, offset);
            query.setInt(next + 1, limit);
            List<AlarmView> alarms = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    alarms.add(new AlarmView(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                            row.getString(5), row.getObject(6, Long.class), row.getLong(7), row.getString(8),
                            instant(row.getTimestamp(9)), instant(row.getTimestamp(10)), row.getObject(11, Long.class),
                            instant(row.getTimestamp(12)), row.getBoolean(13), row.getString(14), row.getString(15)));
                }
            }
            return alarms;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read alarms", e);
        }
    }

    /**
     * @return how many alarms of each type match, for a dashboard
     */
    public Map<String, Long> countByType(Caller caller, Filter filter) {
        check(filter);
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("SELECT a.type, count(*)" + FILTER + " GROUP BY a.type ORDER BY a.type")) {
            bind(query, caller, filter);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count alarms", e);
        }
    }

    private static void check(Filter filter) {
        if (filter.type() != null && !TYPES.contains(filter.type())) {
            throw ProblemException.badRequest("alarm.type-unknown", "type is one of " + TYPES);
        }
        if (filter.state() != null && !STATES.contains(filter.state())) {
            throw ProblemException.badRequest("alarm.state-unknown", "state is one of " + STATES);
        }
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ProblemException.badRequest("alarm.bad-range", "from must come before to");
        }
    }

    private static int bind(PreparedStatement query, Caller caller, Filter filter) throws SQLException {
        query.setString(1, caller.pathPrefix());
        Timestamp from = filter.from() == null ? null : Timestamp.from(filter.from());
        Timestamp to = filter.to() == null ? null : Timestamp.from(filter.to());
        query.setTimestamp(2, from);
        query.setTimestamp(3, from);
        query.setTimestamp(4, to);
        query.setTimestamp(5, to);
        query.setObject(6, filter.officerId());
        query.setObject(7, filter.officerId());
        query.setObject(8, filter.gridId());
        query.setObject(9, filter.gridId());
        query.setString(10, filter.type());
        query.setString(11, filter.type());
        query.setString(12, filter.state());
        query.setString(13, filter.state());
        return 14;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

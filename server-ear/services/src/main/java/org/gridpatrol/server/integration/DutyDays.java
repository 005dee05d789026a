package org.gridpatrol.server.integration;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.server.shift.BureauZone;

/**
 * Per officer and calendar day (the bureau's zone): attendance (clock-in, clock-out, attendance
 * alarms) or a duty summary (time on duty, fixes, alarms by type), from clock events, fixes and
 * alarms. Only days that are over are given, so a row never changes after it was read; pages go
 * by (day, officer) and a cursor resumes the next night where the last run stopped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DutyDays {
    /** The longest span one request may cover. */
    static final int MAX_DAYS = 92;

    /** What a row says. */
    public enum View {
        ATTENDANCE("""
                json_build_object('day', d.day, 'officerId', o.id, 'badgeNo', o.badge_no, 'name', o.name,
                                  'squadId', o.squad_id, 'clockIn', c.first_in, 'clockOut', c.last_out,
                                  'late', coalesce((a.counts ->> 'LATE')::int, 0) > 0,
                                  'earlyLeave', coalesce((a.counts ->> 'EARLY_LEAVE')::int, 0) > 0,
                                  'absent', coalesce((a.counts ->> 'ABSENT')::int, 0) > 0,
                                  'clockInOutside', coalesce((a.counts ->> 'CLOCK_IN_OUTSIDE')::int, 0) > 0)"""),
        DUTY("""
                json_build_object('day', d.day, 'officerId', o.id, 'badgeNo', o.badge_no, 'name', o.name,
                                  'squadId', o.squad_id, 'clockIn', c.first_in, 'clockOut', c.last_out,
                                  'onDutySeconds', coalesce(c.on_duty_s, 0),
                                  'fixes', (SELECT count(*) FROM fix f WHERE f.officer_id = o.id
                                               AND f.fix_time >= d.lo AND f.fix_time < d.hi),
                                  'alarms', coalesce(a.total, 0), 'alarmsByType', coalesce(a.counts, '{}'))""");

        private final String json;

        View(String json) {
            this.json = json;
        }
    }

    private static final String SQL = """
            WITH d AS (SELECT day::date, day::timestamp AT TIME ZONE ? AS lo, (day + interval '1 day')::timestamp AT TIME ZONE ? AS hi
                         FROM generate_series(?::date, ?::date, interval '1 day') day)
            SELECT d.day, o.id, %s::text
              FROM d CROSS JOIN officer o JOIN org_unit u ON u.id = o.squad_id
              LEFT JOIN LATERAL (
                   SELECT min(e.at) FILTER (WHERE e.kind = 'IN') AS first_in, max(e.at) FILTER (WHERE e.kind = 'OUT') AS last_out,
                          floor(sum(extract(epoch FROM least(coalesce(e.next_at, d.hi), d.hi) - e.at))
                                FILTER (WHERE e.kind = 'IN'))::bigint AS on_duty_s
                     FROM (SELECT kind, at, lead(at) OVER (ORDER BY at, id) AS next_at FROM clock_event
                            WHERE officer_id = o.id AND at >= d.lo AND at < d.hi) e) c ON true
              LEFT JOIN LATERAL (
                   SELECT sum(n)::int AS total, jsonb_object_agg(type, n) AS counts
                     FROM (SELECT type, count(*) AS n FROM alarm WHERE officer_id = o.id
                              AND started_at >= d.lo AND started_at < d.hi GROUP BY type) t) a ON true
             WHERE u.path LIKE ? || '%%' AND o.created_at < d.hi AND (d.day, o.id) > (?::date, ?)
             ORDER BY d.day, o.id LIMIT ?""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param view   attendance or duty summary
     * @param caller who reads: officers of his subtree (by their squad now)
     * @param from   first day
     * @param to     last day, or null for yesterday; days from today on are not over and are left out
     * @param cursor the {@code next} of the previous page, or null to start at {@code from}
     * @param limit  rows wanted, 1 to 1,000
     */
    public FeedPage page(View view, Caller caller, LocalDate from, LocalDate to, String cursor, int limit) {
        ZoneId zone = BureauZone.get();
        LocalDate yesterday = LocalDate.now(zone).minusDays(1);
        LocalDate last = to == null || to.isAfter(yesterday) ? yesterday : to;
        if (from == null) {
            throw ProblemException.badRequest("query.invalid", "from (the first day, e.g. 2026-11-01) is required");
        }
        if (ChronoUnit.DAYS.between(from, last) >= MAX_DAYS) {
            throw ProblemException.badRequest("query.invalid", "from and to may span at most " + MAX_DAYS + " days");
        }
        if (limit < 1 || limit > ChangeFeed.MAX_LIMIT) {
            throw ProblemException.badRequest("paging.invalid", "1 ≤ limit ≤ " + ChangeFeed.MAX_LIMIT);
        }
        FeedCursor after = FeedCursor.decode(cursor);
        LocalDate afterDay = after.equals(FeedCursor.START) ? from.minusDays(1) : LocalDate.ofEpochDay(after.position());
        List<String> items = new ArrayList<>();
        FeedCursor position = after;
        boolean more = false;
        if (!from.isAfter(last)) {
            try (Connection db = dataSource.getConnection();
                 PreparedStatement query = db.prepareStatement(String.format(SQL, view.json))) {
                query.setString(1, zone.getId());
                query.setString(2, zone.getId());
                query.setDate(3, Date.valueOf(from));
                query.setDate(4, Date.valueOf(last));
                query.setString(5, caller.pathPrefix());
                query.setDate(6, Date.valueOf(afterDay));
                query.setLong(7, after.id());
                query.setInt(8, limit + 1);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        if (items.size() == limit) {
                            more = true;
                            break;
                        }
                        position = new FeedCursor(row.getDate(1).toLocalDate().toEpochDay(), row.getLong(2));
                        items.add(row.getString(3));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read duty days", e);
            }
        }
        return new FeedPage(items, position.encode(), more);
    }
}

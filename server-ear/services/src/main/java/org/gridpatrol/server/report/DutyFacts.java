package org.gridpatrol.server.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.report.OnDuty;
import org.gridpatrol.model.report.AlarmTally;

/**
 * What the database knows about some officers over one period, read in a handful of set-wise
 * queries (one per kind of fact, never one per officer): tracks, clock events, alarms by type,
 * checkpoint visits. Checkpoint results come from {@code checkpoint_visit} and the checkpoint
 * alarms, whoever writes them.
 */
final class DutyFacts {
    final Map<Long, List<Fix>> tracks;
    final Map<Long, List<OnDuty.Clock>> clocks = new HashMap<>();
    final Map<Long, List<AlarmTally>> alarms = new HashMap<>();
    final Map<Long, Integer> visits = new HashMap<>();

    private DutyFacts(Map<Long, List<Fix>> tracks) {
        this.tracks = tracks;
    }

    /** @return the facts but the tracks, which the caller reads into {@link #tracks} (safe to fill from one thread while others read) */
    static DutyFacts events(Connection db, List<Long> officers, Instant from, Instant to, Instant now) throws SQLException {
        DutyFacts facts = new DutyFacts(new ConcurrentHashMap<>());
        Array ids = db.createArrayOf("bigint", officers.toArray());
        // a day back, so a clock-in of the evening before the period is seen
        try (PreparedStatement query = db.prepareStatement("""
                SELECT officer_id, kind, at FROM clock_event WHERE officer_id = ANY (?) AND at >= ? AND at < ?
                 ORDER BY officer_id, at""")) {
            bind(query, ids, from.minus(Duration.ofDays(1)), to);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    facts.clocks.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                            .add(new OnDuty.Clock(row.getTimestamp(3).toInstant(), "IN".equals(row.getString(2))));
                }
            }
        }
        Instant end = to.isBefore(now) ? to : now;
        try (PreparedStatement query = db.prepareStatement("""
                SELECT officer_id, type, count(*),
                       coalesce(sum(coalesce(duration_s, greatest(0, extract(epoch FROM (? - started_at)))::bigint)), 0),
                       count(*) FILTER (WHERE disposition = 'CONFIRMED'), count(*) FILTER (WHERE disposition = 'EXCUSED'),
                       count(*) FILTER (WHERE disposition = 'FALSE_ALARM'), count(*) FILTER (WHERE state <> 'HANDLED')
                  FROM alarm WHERE officer_id = ANY (?) AND started_at >= ? AND started_at < ?
                 GROUP BY officer_id, type ORDER BY officer_id, type""")) {
            query.setTimestamp(1, Timestamp.from(end));
            query.setArray(2, ids);
            query.setTimestamp(3, Timestamp.from(from));
            query.setTimestamp(4, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    facts.alarms.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(new AlarmTally(row.getString(2),
                            row.getInt(3), row.getLong(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8)));
                }
            }
        }
        try (PreparedStatement query = db.prepareStatement("""
                SELECT officer_id, count(*) FROM checkpoint_visit WHERE officer_id = ANY (?) AND counted AND at >= ? AND at < ?
                 GROUP BY officer_id""")) {
            bind(query, ids, from, to);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    facts.visits.put(row.getLong(1), row.getInt(2));
                }
            }
        }
        return facts;
    }

    private static void bind(PreparedStatement query, Array ids, Instant from, Instant to) throws SQLException {
        query.setArray(1, ids);
        query.setTimestamp(2, Timestamp.from(from));
        query.setTimestamp(3, Timestamp.from(to));
    }

    /** @return how many alarms of that type the officer had */
    int count(long officer, String type) {
        return alarms.getOrDefault(officer, List.of()).stream().filter(t -> t.type().equals(type)).mapToInt(AlarmTally::count).sum();
    }
}

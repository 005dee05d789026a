package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.checkpoint.Place;
import org.gridpatrol.engine.checkpoint.PlanRules;
import org.gridpatrol.engine.checkpoint.Stop;

/** Reads active plans with their stops and checkpoints: an officer's (his and his squad's), or all. */
final class OfficerPlans {
    private static final String PLANS = """
            SELECT p.id, p.forced_order, p.frequency_minutes, p.valid_from, p.valid_to, p.allow_track_visits, p.dwell_s,
                   p.squad_id IS NOT NULL FROM patrol_plan p WHERE p.active""";

    private OfficerPlans() {
    }

    static List<OfficerPlan> of(Connection db, long officerId, ZoneId zone) throws SQLException {
        return read(db, PLANS + " AND (p.officer_id = ? OR p.squad_id = (SELECT squad_id FROM officer WHERE id = ?))", zone,
                officerId, officerId);
    }

    static List<OfficerPlan> all(Connection db, ZoneId zone) throws SQLException {
        return read(db, PLANS, zone);
    }

    private static List<OfficerPlan> read(Connection db, String sql, ZoneId zone, Object... parameters) throws SQLException {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        try (PreparedStatement query = Bind.statement(db, sql, parameters); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                heads.put(row.getLong(1), new Object[] {row.getBoolean(2), row.getObject(3), Bind.instant(row.getTimestamp(4)),
                        Bind.instant(row.getTimestamp(5)), row.getBoolean(6), row.getInt(7), row.getBoolean(8)});
            }
        }
        List<OfficerPlan> plans = new ArrayList<>();
        for (Map.Entry<Long, Object[]> head : heads.entrySet()) {
            plans.add(plan(db, head.getKey(), head.getValue(), zone));
        }
        return plans;
    }

    private static OfficerPlan plan(Connection db, long id, Object[] h, ZoneId zone) throws SQLException {
        List<Stop> stops = new ArrayList<>();
        Map<Long, Place> places = new HashMap<>();
        Map<Long, Long> grids = new HashMap<>();
        try (PreparedStatement query = Bind.statement(db, """
                SELECT s.ordinal, s.checkpoint_id, s.window_start, s.window_end, ST_X(c.geom), ST_Y(c.geom), c.radius_m, c.grid_id
                  FROM patrol_plan_checkpoint s JOIN checkpoint c ON c.id = s.checkpoint_id WHERE s.plan_id = ?""", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long checkpoint = row.getLong(2);
                stops.add(new Stop(row.getInt(1), checkpoint, row.getObject(3, LocalTime.class), row.getObject(4, LocalTime.class)));
                places.put(checkpoint, new Place(checkpoint, row.getDouble(5), row.getDouble(6), row.getDouble(7)));
                grids.put(checkpoint, row.getLong(8));
            }
        }
        Integer minutes = (Integer) h[1];
        PlanRules rules = new PlanRules(id, (Boolean) h[0], minutes == null ? null : Duration.ofMinutes(minutes),
                (java.time.Instant) h[2], (java.time.Instant) h[3], zone, stops);
        return new OfficerPlan(rules, (Boolean) h[6], (Boolean) h[4], Duration.ofSeconds((Integer) h[5]), places, grids);
    }
}

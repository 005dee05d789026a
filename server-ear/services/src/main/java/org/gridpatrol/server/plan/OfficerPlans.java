package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** A plan's own row, before its stops are read. */
    private record Head(long id, boolean forced, Integer frequencyMinutes, Instant from, Instant to, boolean track, int dwellS,
                        boolean squadPlan) {
    }

    private static List<OfficerPlan> read(Connection db, String sql, ZoneId zone, Object... parameters) throws SQLException {
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement query = Bind.statement(db, sql, parameters); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                heads.add(new Head(row.getLong(1), row.getBoolean(2), (Integer) row.getObject(3), Bind.instant(row.getTimestamp(4)),
                        Bind.instant(row.getTimestamp(5)), row.getBoolean(6), row.getInt(7), row.getBoolean(8)));
            }
        }
        List<OfficerPlan> plans = new ArrayList<>();
        for (Head head : heads) {
            plans.add(plan(db, head, zone));
        }
        return plans;
    }

    private static OfficerPlan plan(Connection db, Head h, ZoneId zone) throws SQLException {
        List<Stop> stops = new ArrayList<>();
        Map<Long, Place> places = new HashMap<>();
        Map<Long, Long> grids = new HashMap<>();
        try (PreparedStatement query = Bind.statement(db, """
                SELECT s.ordinal, s.checkpoint_id, s.window_start, s.window_end, ST_X(c.geom), ST_Y(c.geom), c.radius_m, c.grid_id
                  FROM patrol_plan_checkpoint s JOIN checkpoint c ON c.id = s.checkpoint_id WHERE s.plan_id = ?""", h.id());
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long checkpoint = row.getLong(2);
                stops.add(new Stop(row.getInt(1), checkpoint, row.getObject(3, LocalTime.class), row.getObject(4, LocalTime.class)));
                places.put(checkpoint, new Place(checkpoint, row.getDouble(5), row.getDouble(6), row.getDouble(7)));
                grids.put(checkpoint, row.getLong(8));
            }
        }
        PlanRules rules = new PlanRules(h.id(), h.forced(), h.frequencyMinutes() == null ? null
                : Duration.ofMinutes(h.frequencyMinutes()), h.from(), h.to(), zone, stops);
        return new OfficerPlan(rules, h.squadPlan(), h.track(), Duration.ofSeconds(h.dwellS()), places, grids);
    }
}

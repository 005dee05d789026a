package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridpatrol.engine.alarm.Assignment;
import org.gridpatrol.engine.alarm.DutyCalendar;
import org.gridpatrol.engine.alarm.DutyWindows;
import org.gridpatrol.engine.rules.RuleBook;
import org.gridpatrol.server.shift.BureauZone;
import org.gridpatrol.server.shift.HolidayCalendar;
import org.gridpatrol.server.shift.ShiftSchedule;
import org.gridpatrol.server.shift.ShiftTables;

/**
 * What the engine needs to watch one officer: the grids that are his now (assigned
 * to him or to his squad) and when he is on duty, as concrete windows from his
 * shifts and his squad's holidays over the days around now. An assignment
 * without a shift means the grid is his whenever he works: then he is always watched.
 */
final class DutyPlan {
    /** How far around now the duty windows reach; plans are rebuilt well before. */
    private static final int DAYS_BACK = 3;
    private static final int DAYS_AHEAD = 2;

    private static final String OWN = """
            SELECT a.grid_id, a.shift_id, u.path, o.squad_id
              FROM officer o JOIN org_unit u ON u.id = o.squad_id
              JOIN assignment a ON (a.officer_id = o.id OR a.squad_id = o.squad_id)
              JOIN grid g ON g.id = a.grid_id AND g.retired_at IS NULL
             WHERE o.id = ? AND o.active AND a.valid_from <= now() AND (a.valid_to IS NULL OR now() < a.valid_to)""";

    /** The engine's assignment and the officer's squad (id and path), for data scope of his alarms. */
    record Plan(Assignment assignment, long squadId, String squadPath) {
    }

    private DutyPlan() {
    }

    /**
     * @param rules the rule sets in force; the officer is judged by those of his squad's chain of
     *              units and of his grids
     */
    static Plan read(Connection db, long officerId, Instant now, RuleBook rules) throws SQLException {
        Set<Long> grids = new HashSet<>();
        Set<Long> shifts = new TreeSet<>();
        boolean shiftless = false;
        String squadPath = null;
        long squadId = 0;
        try (PreparedStatement query = db.prepareStatement(OWN)) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    grids.add(row.getLong(1));
                    long shift = row.getLong(2);
                    if (row.wasNull()) {
                        shiftless = true;
                    } else {
                        shifts.add(shift);
                    }
                    squadPath = row.getString(3);
                    squadId = row.getLong(4);
                }
            }
        }
        if (squadPath == null) {
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT o.squad_id, u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?")) {
                query.setLong(1, officerId);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        squadId = row.getLong(1);
                        squadPath = row.getString(2);
                    }
                }
            }
        }
        DutyCalendar duty = shiftless || grids.isEmpty() || squadPath == null ? DutyCalendar.ALWAYS
                : windows(db, shifts, squadPath, now);
        // no grid at all: nothing is his, so nothing can be cross-zone or off-post; still and fake location still count
        String path = squadPath == null ? "/" : squadPath;
        return new Plan(new Assignment(officerId, grids, duty, rules.scheduleFor(unitChain(path))), squadId, path);
    }

    /** The ids of a materialised path such as {@code /1/4/9/}, root first. */
    static List<Long> unitChain(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    private static DutyCalendar windows(Connection db, Set<Long> shifts, String squadPath, Instant now) throws SQLException {
        ZoneId zone = BureauZone.get();
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<Long, ShiftSchedule> schedules = ShiftTables.schedules(db, shifts);
        HolidayCalendar calendar = HolidayCalendar.forUnit(squadPath,
                ShiftTables.holidays(db, today.minusDays(DAYS_BACK + 1), today.plusDays(DAYS_AHEAD)));
        List<DutyWindows.Window> windows = new ArrayList<>();
        for (LocalDate day = today.minusDays(DAYS_BACK); !day.isAfter(today.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
            for (ShiftSchedule schedule : schedules.values()) {
                for (ShiftSchedule.Interval interval : schedule.startingOn(day, zone, calendar)) {
                    windows.add(new DutyWindows.Window(interval.from(), interval.to()));
                }
            }
        }
        return windows.isEmpty() ? t -> false : new DutyWindows(windows);
    }
}

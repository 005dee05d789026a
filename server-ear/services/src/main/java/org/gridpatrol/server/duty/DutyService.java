package org.gridpatrol.server.duty;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gridpatrol.model.duty.AssignedThrough;
import org.gridpatrol.model.duty.DutyGrid;
import org.gridpatrol.model.duty.GridDuty;
import org.gridpatrol.model.duty.OfficerDuty;
import org.gridpatrol.model.duty.OnDutyOfficer;
import org.gridpatrol.server.assignment.GridRefs;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.server.shift.BureauZone;
import org.gridpatrol.server.shift.HolidayCalendar;
import org.gridpatrol.server.shift.ShiftSchedule;
import org.gridpatrol.server.shift.ShiftTables;

/**
 * Who is on duty where, at an instant. An officer is responsible for a grid at T when an
 * assignment valid at T names him, or names the squad he belonged to at T, the grid is not
 * retired at T, and the assignment has no shift or T lies in one of its shift's windows as the
 * holiday calendar of his squad has them ({@link ShiftSchedule}). Deactivated officers have no duty.
 * The database finds the candidate assignments; the schedule decides in Java.
 */
@Stateless
public class DutyService {
    /** Assignments valid at T of one grid, or of one officer, with the officers they make responsible. */
    private static final String CANDIDATES = """
            WITH p AS (SELECT CAST(? AS timestamptz) AS t, CAST(? AS bigint) AS grid_id, CAST(? AS bigint) AS officer_id),
            live AS (
                SELECT a.id, a.officer_id, a.squad_id, a.shift_id, g.id AS grid_id, g.name AS grid_name
                  FROM assignment a JOIN grid g ON g.id = a.grid_id CROSS JOIN p
                 WHERE (p.grid_id IS NULL OR a.grid_id = p.grid_id)
                   AND a.valid_from <= p.t AND (a.valid_to IS NULL OR p.t < a.valid_to)
                   AND (g.retired_at IS NULL OR p.t < g.retired_at)),
            officer_at AS (  -- each active officer with his squad at T (none before his first squad period)
                SELECT o.id, o.badge_no, o.name, o.squad_id AS squad_now, h.squad_id AS squad_then
                  FROM officer o CROSS JOIN p
                  LEFT JOIN officer_squad_history h ON h.officer_id = o.id
                       AND h.valid_from <= p.t AND (h.valid_to IS NULL OR p.t < h.valid_to)
                 WHERE o.active AND (p.officer_id IS NULL OR o.id = p.officer_id)),
            candidate AS (
                SELECT l.id AS assignment_id, l.grid_id, l.grid_name, l.shift_id, 'OFFICER' AS through,
                       x.id AS officer_id, x.badge_no, x.name, x.squad_now, x.squad_then
                  FROM live l JOIN officer_at x ON x.id = l.officer_id
                UNION ALL
                SELECT l.id, l.grid_id, l.grid_name, l.shift_id, 'SQUAD',
                       x.id, x.badge_no, x.name, x.squad_now, x.squad_then
                  FROM live l JOIN officer_at x ON x.squad_then = l.squad_id)
            SELECT c.assignment_id, c.grid_id, c.grid_name, c.shift_id, c.through, c.officer_id, c.badge_no, c.name,
                   coalesce(c.squad_then, c.squad_now), calendar.path, now_unit.path
              FROM candidate c
              JOIN org_unit calendar ON calendar.id = coalesce(c.squad_then, c.squad_now)
              JOIN org_unit now_unit ON now_unit.id = c.squad_now
             ORDER BY c.badge_no, c.grid_id, c.through, c.assignment_id""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private GridRefs grids;

    @Inject
    private Officers officers;

    /** @return the officers on duty in a grid at an instant, one entry each, by badge number */
    public GridDuty onDutyInGrid(Caller caller, long gridId, Instant at) {
        GridRefs.GridRef grid = grids.visible(caller, gridId)
                .orElseThrow(() -> ProblemException.notFound("grid.not-found", "there is no grid " + gridId));
        Map<Long, OnDutyOfficer> onDuty = new LinkedHashMap<>();
        for (Candidate c : onDuty(caller, at, gridId, null)) {
            onDuty.putIfAbsent(c.officerId, new OnDutyOfficer(c.officerId, c.badgeNo, c.officerName, c.squadId,
                    c.assignmentId, c.through, c.shiftId));
        }
        return new GridDuty(gridId, grid.name(), at, List.copyOf(onDuty.values()));
    }

    /** @return the grids an officer is responsible for at an instant, one entry each, by grid id */
    public OfficerDuty gridsOfOfficer(Caller caller, long officerId, Instant at) {
        officers.get(caller, officerId);
        Map<Long, DutyGrid> responsible = new LinkedHashMap<>();
        for (Candidate c : onDuty(caller, at, null, officerId)) {
            responsible.putIfAbsent(c.gridId, new DutyGrid(c.gridId, c.gridName, c.assignmentId, c.through, c.shiftId));
        }
        return new OfficerDuty(officerId, at, List.copyOf(responsible.values()));
    }

    private record Candidate(long assignmentId, long gridId, String gridName, Long shiftId, AssignedThrough through,
                             long officerId, String badgeNo, String officerName, long squadId, String calendarPath) {
    }

    private List<Candidate> onDuty(Caller caller, Instant at, Long gridId, Long officerId) {
        ZoneId zone = BureauZone.get();
        try (Connection connection = dataSource.getConnection()) {
            List<Candidate> candidates = candidates(connection, caller, at, gridId, officerId);
            Set<Long> shiftIds = new TreeSet<>();
            candidates.forEach(c -> {
                if (c.shiftId != null) {
                    shiftIds.add(c.shiftId);
                }
            });
            if (shiftIds.isEmpty()) {
                return candidates;
            }
            Map<Long, ShiftSchedule> schedules = ShiftTables.schedules(connection, shiftIds);
            LocalDate today = at.atZone(zone).toLocalDate();
            List<HolidayCalendar.Entry> days = ShiftTables.holidays(connection, today.minusDays(1), today);
            List<Candidate> onDuty = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.shiftId == null || schedules.getOrDefault(c.shiftId, new ShiftSchedule(List.of()))
                        .covers(at, zone, HolidayCalendar.forUnit(c.calendarPath, days))) {
                    onDuty.add(c);
                }
            }
            return onDuty;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read duty at " + at, e);
        }
    }

    private static List<Candidate> candidates(Connection connection, Caller caller, Instant at, Long gridId,
                                              Long officerId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CANDIDATES)) {
            statement.setObject(1, at.atOffset(ZoneOffset.UTC));
            setLong(statement, 2, gridId);
            setLong(statement, 3, officerId);
            List<Candidate> candidates = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    if (!caller.sees(row.getString(11))) {
                        continue;
                    }
                    Long shift = row.getObject(4, Long.class);
                    candidates.add(new Candidate(row.getLong(1), row.getLong(2), row.getString(3),
                            shift, AssignedThrough.valueOf(row.getString(5)),
                            row.getLong(6), row.getString(7), row.getString(8), row.getLong(9), row.getString(10)));
                }
            }
            return candidates;
        }
    }


    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}

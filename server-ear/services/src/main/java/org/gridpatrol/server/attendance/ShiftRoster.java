package org.gridpatrol.server.attendance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridpatrol.server.shift.BureauZone;
import org.gridpatrol.server.shift.HolidayCalendar;
import org.gridpatrol.server.shift.ShiftSchedule;
import org.gridpatrol.server.shift.ShiftTables;

/**
 * The shifts officers are expected to work around an instant: the windows of the shifts of their
 * assignments (their own or their squad's) made real on the days before, of and after it, in the
 * bureau's zone, with their squad's holidays taken out. Assignments without a shift set no hours,
 * so they raise no attendance alarms.
 */
final class ShiftRoster {
    private static final String ASSIGNED = """
            SELECT DISTINCT o.id, o.squad_id, u.path, a.shift_id
              FROM officer o JOIN org_unit u ON u.id = o.squad_id
              JOIN assignment a ON (a.officer_id = o.id OR a.squad_id = o.squad_id)
             WHERE o.active AND a.shift_id IS NOT NULL AND (?::bigint IS NULL OR o.id = ?)
               AND a.valid_from <= ? AND (a.valid_to IS NULL OR ? < a.valid_to)""";

    /**
     * An officer's expected working time.
     *
     * @param officerId the officer
     * @param squadId   his squad (the alarms' data scope)
     * @param squadPath its path (whom the alarms' events go to)
     * @param shifts    his working intervals, by start
     */
    record Duty(long officerId, long squadId, String squadPath, List<ShiftSchedule.Interval> shifts) {
    }

    private ShiftRoster() {
    }

    /** @return the duty of one officer around the instant, or null when no shift is his */
    static Duty of(Connection db, long officerId, Instant at) throws SQLException {
        return read(db, officerId, at).get(officerId);
    }

    /** @return the duty of every officer with a shift around the instant */
    static Map<Long, Duty> all(Connection db, Instant at) throws SQLException {
        return read(db, null, at);
    }

    private static Map<Long, Duty> read(Connection db, Long officerId, Instant at) throws SQLException {
        record Row(long officer, long squad, String path, long shift) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(ASSIGNED)) {
            query.setObject(1, officerId);
            query.setObject(2, officerId);
            query.setTimestamp(3, Timestamp.from(at));
            query.setTimestamp(4, Timestamp.from(at));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4)));
                }
            }
        }
        if (rows.isEmpty()) {
            return Map.of();
        }
        ZoneId zone = BureauZone.get();
        LocalDate today = at.atZone(zone).toLocalDate();
        Set<Long> shiftIds = new HashSet<>();
        rows.forEach(r -> shiftIds.add(r.shift()));
        Map<Long, ShiftSchedule> schedules = ShiftTables.schedules(db, shiftIds);
        List<HolidayCalendar.Entry> holidays = ShiftTables.holidays(db, today.minusDays(1), today.plusDays(1));
        Map<String, HolidayCalendar> calendars = new HashMap<>();
        Map<Long, Set<ShiftSchedule.Interval>> intervals = new LinkedHashMap<>();
        Map<Long, Row> officers = new HashMap<>();
        for (Row row : rows) {
            ShiftSchedule schedule = schedules.get(row.shift());
            HolidayCalendar calendar = calendars.computeIfAbsent(row.path(), path -> HolidayCalendar.forUnit(path, holidays));
            officers.put(row.officer(), row);
            Set<ShiftSchedule.Interval> his = intervals.computeIfAbsent(row.officer(),
                    id -> new TreeSet<>((a, b) -> a.from().equals(b.from()) ? a.to().compareTo(b.to()) : a.from().compareTo(b.from())));
            for (LocalDate day = today.minusDays(1); schedule != null && !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
                his.addAll(schedule.startingOn(day, zone, calendar));
            }
        }
        Map<Long, Duty> duties = new HashMap<>();
        intervals.forEach((id, his) -> {
            Row row = officers.get(id);
            duties.put(id, new Duty(id, row.squad(), row.path(), List.copyOf(his)));
        });
        return duties;
    }
}

package org.gridpatrol.server.shift;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shift windows and holidays as the database holds them, read for duty decisions. */
public final class ShiftTables {
    private static final String WINDOWS =
            "SELECT shift_id, weekday, start_time, end_time FROM shift_window WHERE shift_id = ANY (?)";
    private static final String HOLIDAYS = "SELECT h.day, h.kind, h.as_weekday, u.path FROM holiday h"
            + " LEFT JOIN org_unit u ON u.id = h.org_unit_id WHERE h.day BETWEEN ? AND ?";

    private ShiftTables() {
    }

    /** @return the schedule of each shift named */
    public static Map<Long, ShiftSchedule> schedules(Connection connection, Set<Long> shiftIds) throws SQLException {
        Map<Long, List<ShiftSchedule.Window>> windows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(WINDOWS)) {
            Array ids = connection.createArrayOf("bigint", shiftIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    windows.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new ShiftSchedule.Window(
                            row.getInt(2), row.getObject(3, LocalTime.class), row.getObject(4, LocalTime.class)));
                }
            }
        }
        Map<Long, ShiftSchedule> schedules = new HashMap<>();
        windows.forEach((id, list) -> schedules.put(id, new ShiftSchedule(list)));
        return schedules;
    }

    /** @return every holiday row between two days, with the path of its org unit (null: everywhere) */
    public static List<HolidayCalendar.Entry> holidays(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        List<HolidayCalendar.Entry> days = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(HOLIDAYS)) {
            statement.setObject(1, from);
            statement.setObject(2, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    DayRule rule = "WORKDAY".equals(row.getString(2)) ? DayRule.workdayAs(row.getInt(3)) : DayRule.holiday();
                    days.add(new HolidayCalendar.Entry(row.getObject(1, LocalDate.class), row.getString(4), rule));
                }
            }
        }
        return days;
    }
}

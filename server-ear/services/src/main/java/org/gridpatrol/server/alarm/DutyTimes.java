package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gridpatrol.engine.alarm.DutyCalendar;
import org.gridpatrol.engine.rules.RuleBook;

/**
 * When an officer is on duty, for features beside the alarm engine: inside one of his shifts (as
 * the engine sees it, so an officer with no shift is always on duty) or clocked in.
 */
public final class DutyTimes {
    /** How far back clock-ins are read; a clock-in older than this without a clock-out is forgotten. */
    static final Duration CLOCK_BACK = Duration.ofHours(24);

    private DutyTimes() {
    }

    /** @return whether the officer was on duty at a time near {@code now} (within the last day) */
    public static Predicate<Instant> of(Connection db, long officerId, Instant now) throws SQLException {
        DutyCalendar shifts = DutyPlan.read(db, officerId, now, RuleBook.EMPTY).assignment().duty();
        List<String> kinds = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT kind, at FROM clock_event WHERE officer_id = ? AND at > ? ORDER BY at, id")) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(now.minus(CLOCK_BACK)));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    kinds.add(row.getString(1));
                    times.add(row.getTimestamp(2).toInstant());
                }
            }
        }
        Predicate<Instant> clocked = clockedIn(kinds, times);
        return t -> shifts.onDuty(t) || clocked.test(t);
    }

    /**
     * @param kinds {@code IN} or {@code OUT}, in time order
     * @param times when each was
     * @return true from a clock-in to the next clock-out (or on, while there is none)
     */
    static Predicate<Instant> clockedIn(List<String> kinds, List<Instant> times) {
        return t -> {
            boolean in = false;
            for (int i = 0; i < kinds.size() && !times.get(i).isAfter(t); i++) {
                in = "IN".equals(kinds.get(i));
            }
            return in;
        };
    }
}

package org.gridpatrol.server.attendance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.server.alarm.AlarmNews;
import org.gridpatrol.server.shift.ShiftSchedule.Interval;

/**
 * Attendance alarms raised by clock events, in the clock event's transaction: LATE (from the
 * shift's start to the late clock-in), EARLY_LEAVE (from the clock-out to the shift's end), the
 * end of an ABSENT alarm when the officer finally clocks in, and the withdrawal of an EARLY_LEAVE
 * when he clocks in again before the shift ends (it then ends at that clock-in, its reason saying
 * so). Each is stored once (the alarm's unique key, or one early leave per shift that was not
 * withdrawn) and announced on the live stream after commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AttendanceAlarms {
    private static final String RAISE = """
            INSERT INTO alarm (type, officer_id, org_unit_id, started_at, ended_at, reason, evidence)
            SELECT ?, ?, ?, ?, ?, ?, jsonb_build_object('shiftStart', ?::timestamptz, 'shiftEnd', ?::timestamptz,
                                                        'clockAt', ?::timestamptz)
             WHERE NOT EXISTS (SELECT 1 FROM alarm WHERE officer_id = ? AND type = ? AND evidence->>'shiftStart' IS NOT NULL
                                 AND (evidence->>'shiftStart')::timestamptz = ?::timestamptz
                                 AND evidence->>'withdrawnAt' IS NULL)
            ON CONFLICT ON CONSTRAINT alarm_dedupe_uq DO NOTHING
            RETURNING id""";
    private static final String EARLIER_CLOCK_IN =
            "SELECT EXISTS (SELECT 1 FROM clock_event WHERE officer_id = ? AND kind = 'IN' AND at >= ? AND at < ?)";
    private static final String END_ABSENCE = """
            UPDATE alarm SET ended_at = greatest(started_at, ?) WHERE officer_id = ? AND type = 'ABSENT'
               AND ended_at IS NULL AND started_at = ?
            RETURNING id, org_unit_id, started_at, ended_at, state""";
    /** An early leave of this shift that the officer made good by clocking in again before its end. */
    private static final String WITHDRAW_EARLY_LEAVE = """
            UPDATE alarm SET ended_at = greatest(started_at, ?), updated_at = now(),
                   reason = reason || ' · withdrawn: clocked in again / 已重新上班打卡，撤销',
                   evidence = evidence || jsonb_build_object('withdrawnAt', ?::timestamptz)
             WHERE officer_id = ? AND type = 'EARLY_LEAVE' AND evidence->>'withdrawnAt' IS NULL
               AND (evidence->>'shiftStart')::timestamptz = ?::timestamptz AND started_at <= ?
            RETURNING id, org_unit_id, started_at, ended_at, state, reason""";

    @Inject
    private AlarmNews news;

    /**
     * @return the attendance flags of a clock-in at t ({@code LATE}), alarms stored
     */
    public List<String> clockedIn(Connection db, long officerId, Instant t) throws SQLException {
        ShiftRoster.Duty duty = ShiftRoster.of(db, officerId, t);
        Optional<Interval> shift = duty == null ? Optional.empty() : AttendanceRules.shiftOfClockIn(duty.shifts(), t);
        if (shift.isEmpty()) {
            return List.of();
        }
        Interval s = shift.get();
        endAbsence(db, duty, s, t);
        withdrawEarlyLeave(db, duty, s, t);
        if (!AttendanceRules.late(s, t, AttendanceRules.grace()) || clockedInBefore(db, officerId, s, t)) {
            return List.of();
        }
        raise(db, duty, "LATE", s.from(), t, s, t, "clocked in " + AttendanceRules.minutes(s.from(), t)
                + " min after the shift began / 迟到 " + AttendanceRules.minutes(s.from(), t) + " 分钟");
        return List.of("LATE");
    }

    /**
     * @return the attendance flags of a clock-out at t ({@code EARLY_LEAVE}), alarms stored
     */
    public List<String> clockedOut(Connection db, long officerId, Instant t) throws SQLException {
        ShiftRoster.Duty duty = ShiftRoster.of(db, officerId, t);
        Optional<Interval> shift = duty == null ? Optional.empty() : AttendanceRules.shiftOfClockOut(duty.shifts(), t);
        if (shift.isEmpty() || !AttendanceRules.earlyLeave(shift.get(), t, AttendanceRules.grace())) {
            return List.of();
        }
        Interval s = shift.get();
        raise(db, duty, "EARLY_LEAVE", t, s.to(), s, t, "clocked out " + AttendanceRules.minutes(t, s.to())
                + " min before the shift ended / 早退 " + AttendanceRules.minutes(t, s.to()) + " 分钟");
        return List.of("EARLY_LEAVE");
    }

    private boolean clockedInBefore(Connection db, long officerId, Interval shift, Instant t) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(EARLIER_CLOCK_IN)) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(shift.from().minus(AttendanceRules.EARLY_CLOCK_IN)));
            query.setTimestamp(3, Timestamp.from(t));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private void raise(Connection db, ShiftRoster.Duty duty, String type, Instant start, Instant end, Interval shift,
                       Instant clockAt, String reason) throws SQLException {
        List<Object> values = new ArrayList<>(List.of(type, duty.officerId(), duty.squadId(), Timestamp.from(start),
                Timestamp.from(end), reason, shift.from().toString(), shift.to().toString(), clockAt.toString(),
                duty.officerId(), type, shift.from().toString()));
        try (PreparedStatement insert = db.prepareStatement(RAISE)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            try (ResultSet row = insert.executeQuery()) {
                if (row.next()) {
                    Map<String, Object> event = AlarmNews.payload(row.getLong(1), type, duty.officerId(), null,
                            duty.squadId(), "OPEN", start, end, reason);
                    news.afterCommit(AlarmNews.OPENED, duty.squadPath(), event);
                }
            }
        }
    }

    private void endAbsence(Connection db, ShiftRoster.Duty duty, Interval shift, Instant t) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(END_ABSENCE)) {
            update.setTimestamp(1, Timestamp.from(t));
            update.setLong(2, duty.officerId());
            update.setTimestamp(3, Timestamp.from(shift.from()));
            try (ResultSet row = update.executeQuery()) {
                while (row.next()) {
                    news.afterCommit(AlarmNews.CLOSED, duty.squadPath(), AlarmNews.payload(row.getLong(1), "ABSENT",
                            duty.officerId(), null, row.getLong(2), row.getString(5), row.getTimestamp(3).toInstant(),
                            row.getTimestamp(4).toInstant(), "absent / 缺勤"));
                }
            }
        }
    }

    private void withdrawEarlyLeave(Connection db, ShiftRoster.Duty duty, Interval shift, Instant t) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(WITHDRAW_EARLY_LEAVE)) {
            update.setTimestamp(1, Timestamp.from(t));
            update.setString(2, t.toString());
            update.setLong(3, duty.officerId());
            update.setString(4, shift.from().toString());
            update.setTimestamp(5, Timestamp.from(t));
            try (ResultSet row = update.executeQuery()) {
                while (row.next()) {
                    news.afterCommit(AlarmNews.CLOSED, duty.squadPath(), AlarmNews.payload(row.getLong(1), "EARLY_LEAVE",
                            duty.officerId(), null, row.getLong(2), row.getString(5), row.getTimestamp(3).toInstant(),
                            row.getTimestamp(4).toInstant(), row.getString(6)));
                }
            }
        }
    }
}

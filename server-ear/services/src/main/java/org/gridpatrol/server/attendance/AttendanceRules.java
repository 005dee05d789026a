package org.gridpatrol.server.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.server.shift.ShiftSchedule.Interval;

/**
 * When a clock event breaks the attendance rules, in plain Java. Late: the first clock-in of a
 * shift comes more than the grace after its start. Early leave: a clock-out during a shift more
 * than the grace before its end. Absent: no clock-in by the absence limit after the start (the
 * timer's business). The limits are read when asked, so they can be changed on a running server.
 */
final class AttendanceRules {
    /** A clock-in this long before a shift starts still counts for that shift. */
    static final Duration EARLY_CLOCK_IN = Duration.ofHours(2);

    private AttendanceRules() {
    }

    /** @return the grace on both ends of a shift ({@code gridpatrol.attendance.grace-minutes}, default 5) */
    static Duration grace() {
        return Duration.ofMinutes(Long.getLong("gridpatrol.attendance.grace-minutes", 5));
    }

    /** @return how long after a shift's start no clock-in means absent ({@code gridpatrol.attendance.absent-minutes}, default 30) */
    static Duration absentAfter() {
        return Duration.ofMinutes(Long.getLong("gridpatrol.attendance.absent-minutes", 30));
    }

    /** @return the shift a clock-in at t is for: the earliest that has not ended and starts within two hours */
    static Optional<Interval> shiftOfClockIn(List<Interval> shifts, Instant t) {
        return shifts.stream().filter(s -> !t.isBefore(s.from().minus(EARLY_CLOCK_IN)) && t.isBefore(s.to())).findFirst();
    }

    /** @return the shift a clock-out at t leaves: the one going on at t */
    static Optional<Interval> shiftOfClockOut(List<Interval> shifts, Instant t) {
        return shifts.stream().filter(s -> s.contains(t)).findFirst();
    }

    /** @return true when a clock-in at t, the first of the shift, is late */
    static boolean late(Interval shift, Instant t, Duration grace) {
        return t.isAfter(shift.from().plus(grace));
    }

    /** @return true when a clock-out at t leaves the shift early */
    static boolean earlyLeave(Interval shift, Instant t, Duration grace) {
        return shift.contains(t) && t.isBefore(shift.to().minus(grace));
    }

    /** @return true when a shift without a clock-in has gone on long enough at now to call the officer absent */
    static boolean absentDue(Interval shift, Instant now, Duration limit) {
        return !now.isBefore(shift.from().plus(limit)) && now.isBefore(shift.to());
    }

    /** @return whole minutes between two instants, for reasons people read */
    static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}

package org.gridpatrol.model.attendance;

import java.time.Instant;
import java.util.List;
import org.gridpatrol.model.alarm.AlarmView;

/**
 * An officer's attendance over a period (考勤): his clock events and his attendance alarms
 * (LATE, EARLY_LEAVE, ABSENT, CLOCK_IN_OUTSIDE).
 *
 * @param officerId the officer
 * @param from      start of the period, inclusive
 * @param to        end of the period, exclusive
 * @param clocks    clock-ins and clock-outs in the period, oldest first
 * @param alarms    attendance alarms overlapping the period, oldest first
 */
public record Attendance(long officerId, Instant from, Instant to, List<ClockRecord> clocks, List<AlarmView> alarms) {
}

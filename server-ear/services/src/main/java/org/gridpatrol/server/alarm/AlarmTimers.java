package org.gridpatrol.server.alarm;

import java.time.Duration;

/**
 * The settings of the alarm timers, as system properties. The escalation threshold is read on
 * every sweep, so it can be changed on a running server; the sweep period is read at start-up.
 */
public final class AlarmTimers {
    private AlarmTimers() {
    }

    /** @return how often the escalation and absence timers sweep ({@code gridpatrol.alarm.sweep-seconds}, default 30) */
    public static Duration sweepEvery() {
        return Duration.ofSeconds(Math.max(1, Long.getLong("gridpatrol.alarm.sweep-seconds", 30)));
    }

    /** @return how long an alarm may stay unacknowledged ({@code gridpatrol.alarm.escalate-minutes}, default 15) */
    static Duration escalateAfter() {
        return Duration.ofMinutes(Long.getLong("gridpatrol.alarm.escalate-minutes", 15));
    }
}

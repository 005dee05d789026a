package org.gridpatrol.desktop.alarms;

import java.time.Duration;
import java.time.Instant;
import org.gridpatrol.model.alarm.AlarmView;

/**
 * The replay window around an alarm: from a while before it began to a while after it
 * ended (or now, while it lasts), at most the seven days the server serves in one track.
 *
 * @param from start of the replay
 * @param to   end of the replay
 * @param at   the moment shown first: when the alarm began
 */
record AlarmMoment(Instant from, Instant to, Instant at) {
    /** Time shown before the alarm began and after it ended. */
    static final Duration MARGIN = Duration.ofMinutes(30);
    private static final Duration LONGEST = Duration.ofDays(7);

    /** @return the window to replay the alarm in */
    static AlarmMoment of(AlarmView alarm, Instant now) {
        Instant from = alarm.startedAt().minus(MARGIN);
        Instant end = alarm.endedAt() == null ? now : alarm.endedAt().plus(MARGIN);
        if (end.isAfter(now)) {
            end = now;
        }
        if (Duration.between(from, end).compareTo(LONGEST) > 0) {
            end = from.plus(LONGEST);
        }
        if (!end.isAfter(from)) {
            end = from.plus(MARGIN);
        }
        return new AlarmMoment(from, end, alarm.startedAt());
    }
}

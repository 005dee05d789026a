package org.gridpatrol.desktop.alarms;

import java.time.Duration;
import java.util.Objects;
import org.gridpatrol.model.alarm.AlarmView;

/**
 * Puts an alarm that arrived again over what the table holds. Live events are leaner than
 * the list ({@code alarm.opened}/{@code alarm.closed} carry no id, state or names), so an alarm
 * is the same when the ids match or, without an id, when officer, type and start match; what
 * the event leaves out is kept.
 */
final class AlarmMerge {
    private AlarmMerge() {
    }

    /** @return true when both describe the same alarm */
    static boolean same(AlarmView a, AlarmView b) {
        if (a.id() != 0 && b.id() != 0) {
            return a.id() == b.id();
        }
        return a.officerId() == b.officerId() && Objects.equals(a.type(), b.type())
                && Objects.equals(a.startedAt(), b.startedAt());
    }

    /** @return the held alarm updated with what the newer one says */
    static AlarmView merge(AlarmView held, AlarmView newer) {
        var ended = or(newer.endedAt(), held.endedAt());
        var started = or(newer.startedAt(), held.startedAt());
        Long duration = or(newer.durationS(), held.durationS());
        if (duration == null && ended != null && started != null) {
            duration = Duration.between(started, ended).getSeconds();
        }
        return new AlarmView(newer.id() != 0 ? newer.id() : held.id(), or(newer.type(), held.type()), held.officerId(),
                or(newer.badgeNo(), held.badgeNo()), or(newer.officerName(), held.officerName()),
                or(newer.gridId(), held.gridId()), newer.orgUnitId() != 0 ? newer.orgUnitId() : held.orgUnitId(),
                or(newer.state(), held.state()), started, ended, duration, or(newer.raisedAt(), held.raisedAt()),
                newer.raisedLate() || held.raisedLate(), or(newer.reason(), held.reason()),
                or(newer.disposition(), held.disposition()));
    }

    /** @return an alarm first seen in an event, with the state an event implies when it names none */
    static AlarmView first(AlarmView alarm) {
        if (alarm.state() != null) {
            return alarm;
        }
        return merge(alarm, new AlarmView(0, null, alarm.officerId(), null, null, null, 0, "OPEN", null, null, null,
                null, false, null, null));
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}

package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Set;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class ReassignmentTest {

    @Test
    void changingThresholdsDuringAnAlarmKeepsItOpenAndClosesItOnce() {
        Track t = Track.startingAt(T0, 800, 300).noise(5).fix().stay(minutes(4));
        var first = t.fixes();
        t.jumpTo(300, 300).stay(minutes(6));
        var all = t.fixes();
        Patrol p = new Patrol().live(first);
        AlarmThresholds stricter = new AlarmThresholds(20, Duration.ofMinutes(1), Duration.ofMinutes(10), 50,
                Duration.ofMinutes(30), Duration.ofMinutes(2), 50, 1000, 60, 6, 20, Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofMinutes(2));

        p.assign(Set.of(101L), DutyCalendar.ALWAYS, stricter).live(all.subList(first.size(), all.size()));

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertEquals(1, p.closed(AlarmType.CROSS_ZONE).size());
        assertEquals(T0, p.closed(AlarmType.CROSS_ZONE).get(0).start());
    }

    @Test
    void aGridAssignedDuringACrossingEndsItFromTheNextFix() {
        Track t = Track.startingAt(T0, 800, 300).noise(5).fix().stay(minutes(4));
        var first = t.fixes();
        t.stay(minutes(3));
        var all = t.fixes();
        Patrol p = new Patrol().live(first);

        p.assign(Set.of(101L, 102L), DutyCalendar.ALWAYS, AlarmThresholds.DEFAULTS)
                .live(all.subList(first.size(), all.size()));

        assertEquals(1, p.closed(AlarmType.CROSS_ZONE).size());
        assertEquals(first.get(first.size() - 1).time().plusSeconds(10), p.closed(AlarmType.CROSS_ZONE).get(0).end());
    }
}

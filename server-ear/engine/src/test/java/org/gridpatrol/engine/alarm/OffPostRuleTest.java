package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class OffPostRuleTest {

    @Test
    void twelveMinutesAwayFromOwnGridRaisesOneOffPostAlarm() {
        Track t = Track.startingAt(T0, 100, 300).noise(5).fix();
        t.stay(minutes(2)).jumpTo(-200, 300);
        var left = t.now();
        t.stay(minutes(12)).jumpTo(100, 300);
        var back = t.now();
        t.stay(minutes(11));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.OFF_POST).size(), () -> "events: " + p.events);
        assertEquals(left, p.opened(AlarmType.OFF_POST).get(0).start());
        assertEquals(1, p.closed(AlarmType.OFF_POST).size());
        assertEquals(back, p.closed(AlarmType.OFF_POST).get(0).end());
        assertTrue(p.opened(AlarmType.CROSS_ZONE).isEmpty(), "open ground is no one's grid");
    }

    @Test
    void eightMinutesAwayRaisesNothing() {
        Track t = Track.startingAt(T0, 100, 300).noise(5).fix();
        t.jumpTo(-200, 300).stay(minutes(8)).jumpTo(100, 300).stay(minutes(10));

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void lingeringJustOutsideWithinTheToleranceIsNotOffPost() {
        Track t = Track.startingAt(T0, -20, 300).noise(5).fix().stay(minutes(15));

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.opened(AlarmType.OFF_POST).isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void officerWithoutGridsIsNeverOffPost() {
        Patrol p = new Patrol().assign(Set.of(), DutyCalendar.ALWAYS, AlarmThresholds.DEFAULTS);
        Track t = Track.startingAt(T0, -500, 300).noise(5).fix().stay(minutes(15));

        p.live(t.fixes());

        assertTrue(p.opened(AlarmType.OFF_POST).isEmpty());
        assertTrue(p.opened(AlarmType.CROSS_ZONE).isEmpty());
    }

    @Test
    void twelveMinutesInNeighbourGridIsBothCrossZoneAndOffPost() {
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.jumpTo(800, 300).stay(minutes(12)).jumpTo(500, 300).stay(minutes(11));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertEquals(1, p.opened(AlarmType.OFF_POST).size());
    }
}

package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.gridpatrol.engine.alarm.Patrol.near;
import static org.gridpatrol.engine.alarm.Patrol.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gridpatrol.engine.testkit.Plane;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class CrossZoneRuleTest {

    @Test
    void crossingIntoNeighbourForThreeMinutesRaisesOneCrossZoneAlarm() {
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.stay(minutes(5)).jumpTo(700, 300);
        var entered = t.now();
        t.stay(minutes(3)).jumpTo(500, 300);
        var left = t.now();
        t.stay(minutes(5));

        Patrol p = new Patrol().live(t.fixes());

        List<AlarmEvent> opened = p.opened(AlarmType.CROSS_ZONE);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals(entered, opened.get(0).start());
        assertEquals("grid 102", opened.get(0).cause());
        List<AlarmEvent> closed = p.closed(AlarmType.CROSS_ZONE);
        assertEquals(1, closed.size());
        assertEquals(entered, closed.get(0).start());
        assertEquals(left, closed.get(0).end());
        assertTrue(p.opened(AlarmType.OFF_POST).isEmpty());
    }

    @Test
    void alarmOpensAtTheFixThatCompletesTheDwellNotBefore() {
        var fixes = Track.startingAt(T0, 700, 300).every(seconds(10)).fix().stay(seconds(120)).fixes();
        Patrol p = new Patrol().live(fixes.subList(0, fixes.size() - 1));
        assertTrue(p.opened(AlarmType.CROSS_ZONE).isEmpty());

        p.live(fixes.subList(fixes.size() - 1, fixes.size()));

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertEquals(List.of(1L, 13L), p.opened(AlarmType.CROSS_ZONE).get(0).evidence());
    }

    @Test
    void stayingInNeighbourForNinetySecondsRaisesNothing() {
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.stay(minutes(2)).jumpTo(700, 300).stay(seconds(80)).jumpTo(500, 300).stay(minutes(5));

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void walkingTheBorderWithTwentyMetreNoiseRaisesNothing() {
        Track t = Track.startingAt(T0, 600, 20).noise(20).fix();
        for (int leg = 0; leg < 6; leg++) {
            t.walkTo(600, leg % 2 == 0 ? 580 : 20, 1.2);
        }

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(t.fixes().size() > 200);
        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void shortReturnHomeInsideTheClearDwellKeepsOneAlarm() {
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.jumpTo(700, 300).stay(minutes(5));
        t.jumpTo(500, 300).stay(seconds(60));
        t.jumpTo(700, 300).stay(minutes(3));
        t.jumpTo(500, 300).stay(minutes(3));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size(), () -> "events: " + p.events);
        assertEquals(1, p.closed(AlarmType.CROSS_ZONE).size());
    }

    @Test
    void inaccurateFixesMustBeDeeperThanTheirAccuracyRadius() {
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.accuracy(80).jumpTo(660, 300).stay(minutes(4));

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.opened(AlarmType.CROSS_ZONE).isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void beingInsideAnOverlappingOwnGridIsNeverACrossing() {
        Patrol p = new Patrol();
        p.grids.put(Plane.rectangleGrid(201, 500, 0, 800, 600));
        p.assign(Set.of(101L, 201L), DutyCalendar.ALWAYS, AlarmThresholds.DEFAULTS);
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.jumpTo(700, 300).stay(minutes(5));

        p.live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void stillInsideTheNeighbourAtTheEndLeavesTheAlarmOpen() {
        Track t = Track.startingAt(T0, 500, 300).noise(5).fix();
        t.jumpTo(700, 300);
        var entered = t.now();
        t.stay(minutes(4));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertTrue(near(entered, p.opened(AlarmType.CROSS_ZONE).get(0).start(), seconds(0)));
        assertTrue(p.closed(AlarmType.CROSS_ZONE).isEmpty());
    }
}

package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.gridpatrol.engine.alarm.Patrol.near;
import static org.gridpatrol.engine.alarm.Patrol.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class StillRuleTest {

    @Test
    void standingForFortyMinutesRaisesStill() {
        Track t = Track.startingAt(T0, 300, 300).noise(15).fix();
        t.stay(minutes(40));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.STILL).size(), () -> "events: " + p.events);
        assertEquals(T0, p.opened(AlarmType.STILL).get(0).start());
        assertTrue(p.opened(AlarmType.FAKE_LOCATION).isEmpty(), "noisy fixes are real ones");
    }

    @Test
    void standingForTwentyMinutesRaisesNothing() {
        Track t = Track.startingAt(T0, 300, 300).noise(15).fix();
        t.stay(minutes(20)).walkTo(100, 100, 1.2).walkTo(500, 100, 1.2).walkTo(500, 500, 1.2);

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void slowPatrolIsNotStill() {
        Track t = Track.startingAt(T0, 50, 50).noise(10).fix();
        for (int lap = 0; lap < 3; lap++) {
            t.walkTo(550, 50, 0.8).walkTo(550, 550, 0.8).walkTo(50, 550, 0.8).walkTo(50, 50, 0.8);
        }

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void stillAlarmClosesOnceTheOfficerHasMovedOnForTheDwell() {
        Track t = Track.startingAt(T0, 300, 300).noise(10).fix();
        t.stay(minutes(35));
        // Walking at 1 m/s, the officer leaves the 50 m circle about 50 s later, for good.
        var movedOn = t.now().plusSeconds(50);
        t.walkTo(500, 100, 1);
        for (int lap = 0; lap < 2; lap++) {
            t.walkTo(500, 500, 1).walkTo(100, 500, 1).walkTo(100, 100, 1).walkTo(500, 100, 1);
        }

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.STILL).size(), () -> "events: " + p.events);
        assertEquals(1, p.closed(AlarmType.STILL).size(), () -> "events: " + p.events);
        assertTrue(near(movedOn, p.closed(AlarmType.STILL).get(0).end(), seconds(30)),
                () -> "closed " + p.closed(AlarmType.STILL));
    }

    @Test
    void oneGpsSpikeDoesNotRestartTheStillPeriod() {
        Track t = Track.startingAt(T0, 300, 300).noise(10).fix();
        t.stay(minutes(20)).outlier(300, 800).stay(minutes(15));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.STILL).size(), () -> "events: " + p.events);
        assertEquals(T0, p.opened(AlarmType.STILL).get(0).start());
        assertTrue(p.opened(AlarmType.FAKE_LOCATION).isEmpty(), () -> "events: " + p.events);
    }
}

package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.OFFICER;
import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.gridpatrol.engine.alarm.Patrol.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class FakeLocationRuleTest {

    @Test
    void mockProviderFixOpensFakeLocationAtOnce() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(2)).mock(true).stay(seconds(10));

        Patrol p = new Patrol().live(t.fixes());

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size());
        assertEquals("MOCK_PROVIDER", opened.get(0).cause());
        assertEquals(t.now(), opened.get(0).start());
    }

    @Test
    void fakeLocationClosesAfterCleanFixesForTheClearTime() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().mock(true).stay(minutes(3)).mock(false);
        var clean = t.now().plusSeconds(10);
        t.stay(minutes(6));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.FAKE_LOCATION).size());
        assertEquals(1, p.closed(AlarmType.FAKE_LOCATION).size());
        assertEquals(clean, p.closed(AlarmType.FAKE_LOCATION).get(0).end());
    }

    @Test
    void jumpOfFiveKilometresThatStaysIsATeleport() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(2)).jumpTo(5300, 300);
        var landed = t.now();
        t.stay(minutes(2));

        Patrol p = new Patrol().live(t.fixes());

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals("TELEPORT", opened.get(0).cause());
        assertEquals(landed, opened.get(0).start());
    }

    @Test
    void oneOutlierFixOpensAndClosesNothing() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(3)).outlier(2300, 300).stay(minutes(3));

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void oneOutlierInsideAnOpenAlarmDoesNotCloseIt() {
        Track t = Track.startingAt(T0, 800, 300).noise(5).fix().stay(minutes(3)).outlier(300, 300)
                .stay(minutes(3));

        Patrol p = new Patrol().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertTrue(p.closed(AlarmType.CROSS_ZONE).isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void sustainedImpossibleSpeedIsFakeLocation() {
        Track t = Track.startingAt(T0, 50, 300).fix().stay(minutes(1)).every(seconds(1));
        t.walkTo(540, 300, 70).every(seconds(10)).stay(minutes(1));

        Patrol p = new Patrol().live(t.fixes());

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals("IMPOSSIBLE_SPEED", opened.get(0).cause());
    }

    @Test
    void patrolCarAtFifteenMetresPerSecondIsNotFake() {
        Track t = Track.startingAt(T0, 20, 20).fix().every(seconds(5));
        for (int lap = 0; lap < 4; lap++) {
            t.walkTo(580, 20, 15).walkTo(580, 580, 15).walkTo(20, 580, 15).walkTo(20, 20, 15);
        }

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void twentyFixesWithIdenticalCoordinatesAreFake() {
        Track t = Track.startingAt(T0, 300, 300).fix().stay(seconds(190));

        Patrol p = new Patrol().live(t.fixes());

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals("NO_NOISE", opened.get(0).cause());
        assertEquals(List.of(1L, 20L), opened.get(0).evidence());
    }

    @Test
    void nineteenIdenticalFixesAreNot() {
        Track t = Track.startingAt(T0, 300, 300).fix().stay(seconds(180)).noise(3).stay(minutes(1));

        Patrol p = new Patrol().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void clockSetBackIsTimeGoingBackwardsFixByFix() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(5)).clockOffset(minutes(-60));
        t.stay(minutes(2));

        Patrol p = new Patrol().live(t.fixes());

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals("TIME_BACKWARDS", opened.get(0).cause());
        assertEquals(T0.plus(minutes(5)), opened.get(0).start());
    }

    @Test
    void clockSetBackIsTimeGoingBackwardsInOneBatch() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(5)).clockOffset(minutes(-60));
        t.stay(minutes(2));

        Patrol p = new Patrol().upload(t.fixes(), t.now().plusSeconds(5));

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals("TIME_BACKWARDS", opened.get(0).cause());
    }

    @Test
    void deviceClockAheadOfTheServerIsClockSkew() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(2)).clockOffset(minutes(20));
        t.stay(seconds(30));

        Patrol p = new Patrol();
        for (Fix f : t.fixes()) {
            Duration skew = f.seq() > 13 ? minutes(20) : Duration.ZERO;
            p.events.addAll(p.engine.accept(OFFICER, f, f.time().minus(skew).plusSeconds(3)));
        }

        List<AlarmEvent> opened = p.opened(AlarmType.FAKE_LOCATION);
        assertEquals(1, opened.size(), () -> "events: " + p.events);
        assertEquals("CLOCK_SKEW", opened.get(0).cause());
    }

    @Test
    void oldFixesArrivingLateAreNotClockSkew() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(20));

        Patrol p = new Patrol().upload(t.fixes(), t.now().plus(minutes(30)));

        assertTrue(p.opened(AlarmType.FAKE_LOCATION).isEmpty(), () -> "events: " + p.events);
    }
}

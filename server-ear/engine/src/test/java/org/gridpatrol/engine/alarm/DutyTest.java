package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class DutyTest {

    private static final DutyWindows MORNING_AND_AFTERNOON = new DutyWindows(List.of(
            new DutyWindows.Window(T0, T0.plus(minutes(60))),
            new DutyWindows.Window(T0.plus(minutes(120)), T0.plus(minutes(240)))));

    private static Patrol onShifts() {
        return new Patrol().assign(Set.of(101L), MORNING_AND_AFTERNOON, AlarmThresholds.DEFAULTS);
    }

    @Test
    void offDutyTimeInANeighbourGridRaisesNothing() {
        Track t = Track.startingAt(T0.plus(minutes(50)), 300, 300).noise(5).fix().stay(minutes(9))
                .jumpTo(750, 300).stay(minutes(50)).jumpTo(300, 300).stay(minutes(30));

        Patrol p = onShifts().live(t.fixes());

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void alarmOpenWhenTheShiftEndsClosesAtTheShiftEnd() {
        Track t = Track.startingAt(T0.plus(minutes(50)), 800, 300).noise(5).fix().stay(minutes(20));

        Patrol p = onShifts().live(t.fixes());

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertEquals(1, p.closed(AlarmType.CROSS_ZONE).size());
        assertEquals(T0.plus(minutes(60)), p.closed(AlarmType.CROSS_ZONE).get(0).end());
    }

    @Test
    void tickAfterTheShiftClosesAnAlarmOfASilentPhone() {
        Track t = Track.startingAt(T0.plus(minutes(50)), 800, 300).noise(5).fix().stay(minutes(8));

        Patrol p = onShifts().live(t.fixes()).tick(T0.plus(minutes(59))).tick(T0.plus(minutes(61)));

        assertEquals(1, p.closed(AlarmType.CROSS_ZONE).size(), () -> "events: " + p.events);
        assertEquals(T0.plus(minutes(60)), p.closed(AlarmType.CROSS_ZONE).get(0).end());
        assertTrue(p.closed(AlarmType.CROSS_ZONE).stream().noneMatch(AlarmEvent::late));
    }

    @Test
    void backlogOfAClosedShiftDoesNotReopenItsAlarm() {
        Track t = Track.startingAt(T0.plus(minutes(50)), 800, 300).noise(5).fix().stay(minutes(9));
        var fixes = t.fixes();
        Patrol p = onShifts().live(fixes.subList(0, 30)).tick(T0.plus(minutes(65)));

        p.upload(fixes.subList(30, fixes.size()), T0.plus(minutes(66)));

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size(), () -> "events: " + p.events);
        assertEquals(1, p.closed(AlarmType.CROSS_ZONE).size());
    }

    @Test
    void dutyEndOfAPlainPredicateIsFoundToTheSecond() {
        DutyCalendar beforeTen = t -> t.isBefore(T0.plusSeconds(600));

        assertEquals(T0.plusSeconds(600), beforeTen.dutyEndBetween(T0, T0.plusSeconds(3600)));
    }
}

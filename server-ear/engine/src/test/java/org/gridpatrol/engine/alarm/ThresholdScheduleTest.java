package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.rules.RuleBook;
import org.gridpatrol.engine.rules.RuleSet;
import org.gridpatrol.engine.rules.ThresholdSetting;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

/** Thresholds that change over time and differ between squads and grids, as the engine applies them. */
class ThresholdScheduleTest {

    private static final long CITY = 1;
    private static final long STRICT_SQUAD = 10;
    private static final long OTHER_SQUAD = 20;
    /** Squad 10 has off-post after 3 minutes from T0 + 30 min on. */
    private static final RuleSet STRICTER = new RuleSet(1, STRICT_SQUAD, null, T0.plus(minutes(30)),
            Map.of(ThresholdSetting.OFF_POST_MINUTES, 3.0));

    /** Two five-minute trips 250 m west of grid 101: one before the change, one after. */
    private static List<Fix> twoTripsOffPost() {
        Track t = Track.startingAt(T0, 100, 300).noise(5).fix().stay(minutes(5)).walkTo(-150, 300, 5)
                .stay(minutes(5)).walkTo(100, 300, 5).stay(minutes(30)).walkTo(-150, 300, 5).stay(minutes(5))
                .walkTo(100, 300, 5).stay(minutes(10));
        return t.fixes();
    }

    private static Patrol patrol(RuleBook book, long squad) {
        return new Patrol().assign(Set.of(101L), DutyCalendar.ALWAYS, book.scheduleFor(List.of(CITY, squad)));
    }

    @Test
    void aStricterOffPostForOneSquadRaisesAfterTheChangeOnlyThere() {
        RuleBook book = new RuleBook(List.of(STRICTER), AlarmThresholds.DEFAULTS);

        Patrol strict = patrol(book, STRICT_SQUAD).live(twoTripsOffPost());
        Patrol other = patrol(book, OTHER_SQUAD).live(twoTripsOffPost());

        List<AlarmEvent> opened = strict.opened(AlarmType.OFF_POST);
        assertEquals(1, opened.size(), () -> "events: " + strict.events);
        assertTrue(opened.get(0).start().isAfter(T0.plus(minutes(40))), "the trip before the change kept the 10 minutes");
        assertTrue(other.opened(AlarmType.OFF_POST).isEmpty(), () -> "events: " + other.events);
    }

    @Test
    void aLateBatchIsJudgedByTheRulesOfItsFixesTime() {
        RuleBook book = new RuleBook(List.of(STRICTER), AlarmThresholds.DEFAULTS);
        List<Fix> fixes = twoTripsOffPost();

        Patrol p = patrol(book, STRICT_SQUAD).upload(fixes, fixes.get(fixes.size() - 1).time().plus(minutes(60)));

        assertEquals(1, p.opened(AlarmType.OFF_POST).size(), () -> "events: " + p.events);
        assertTrue(p.opened(AlarmType.OFF_POST).get(0).late());
    }

    @Test
    void aGridSetOverridesTheSquadSet() {
        RuleSet lenientGrid = new RuleSet(2, null, 101L, T0, Map.of(ThresholdSetting.OFF_POST_MINUTES, 20.0));
        RuleBook book = new RuleBook(List.of(STRICTER, lenientGrid), AlarmThresholds.DEFAULTS);

        Patrol p = patrol(book, STRICT_SQUAD).live(twoTripsOffPost());

        assertTrue(p.opened(AlarmType.OFF_POST).isEmpty(), () -> "events: " + p.events);
    }
}

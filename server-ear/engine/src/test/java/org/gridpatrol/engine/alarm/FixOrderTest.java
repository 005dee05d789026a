package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.OFFICER;
import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class FixOrderTest {

    @Test
    void aShuffledUploadIsEvaluatedInTimeOrder() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(2)).jumpTo(750, 300).stay(minutes(4));
        List<Fix> shuffled = new ArrayList<>(t.fixes());
        Collections.shuffle(shuffled, new Random(1));

        Patrol p = new Patrol().upload(shuffled, t.now().plusSeconds(5));

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertTrue(p.opened(AlarmType.FAKE_LOCATION).isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void resentFixesAreIgnored() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(2)).jumpTo(750, 300).stay(minutes(4));
        var fixes = t.fixes();
        Patrol once = new Patrol().live(fixes);
        Patrol twice = new Patrol();
        for (Fix f : fixes) {
            twice.live(List.of(f, f));
        }

        assertEquals(once.events, twice.events);
    }

    @Test
    void fixOlderThanOneAlreadyEvaluatedIsLeftOut() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(2));
        Fix late = new Fix(T0.plusSeconds(5), 117.5, 32.93, 5, Double.NaN, "gps", true, 0);

        Patrol p = new Patrol().live(t.fixes()).live(List.of(late));

        assertTrue(p.events.isEmpty(), () -> "events: " + p.events);
    }

    @Test
    void fixesOfAnUnassignedOfficerAreRefused() {
        Patrol p = new Patrol();
        assertThrows(IllegalStateException.class,
                () -> p.engine.accept(OFFICER + 1, Fix.of(1, T0, 117.37, 32.93), T0));
    }
}

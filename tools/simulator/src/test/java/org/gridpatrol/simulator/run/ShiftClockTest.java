package org.gridpatrol.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShiftClockTest {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    /** The demo's night shift, 20:00–06:00 bureau time, every day. */
    private static final Predicate<Instant> NIGHT = t -> {
        LocalTime time = t.atZone(BUREAU).toLocalTime();
        return !time.isBefore(LocalTime.of(20, 0)) || time.isBefore(LocalTime.of(6, 0));
    };
    private int asked;

    private Predicate<Instant> counted(Predicate<Instant> duty) {
        return t -> {
            asked++;
            return duty.test(t);
        };
    }

    /** Runs a phone clock of 5 s steps from start for the given time and collects the punches. */
    private List<ShiftClock.Punch> run(ShiftClock clock, Instant start, Duration length) {
        List<ShiftClock.Punch> punches = new ArrayList<>();
        for (Instant t = start; t.isBefore(start.plus(length)); t = t.plusSeconds(5)) {
            if (clock.due(t)) {
                ShiftClock.Punch p = clock.look(t);
                if (p != null) {
                    punches.add(p);
                }
            }
        }
        return punches;
    }

    @Test
    void aNightShiftBeginningAfterTheStartClocksInAtItsStartAndOutAtItsEnd() {
        Instant start = Instant.parse("2026-11-26T08:30:07+08:00");
        ShiftClock clock = new ShiftClock(false, start, counted(NIGHT));

        List<ShiftClock.Punch> punches = run(clock, start, Duration.ofHours(26));

        assertEquals(List.of(new ShiftClock.Punch(true, Instant.parse("2026-11-26T20:00:00+08:00")),
                new ShiftClock.Punch(false, Instant.parse("2026-11-27T06:00:00+08:00"))), punches);
        assertTrue(clock.clockedIn() == NIGHT.test(start.plus(Duration.ofHours(26))));
        // one look per 5 minutes, and a few more to find each change to the minute
        assertTrue(asked <= 26 * 12 + 2 * 10, asked + " questions to the server");
    }

    @Test
    void anOfficerOnDutyAtTheStartClocksOutWhenHisShiftEnds() {
        Instant start = Instant.parse("2026-11-26T23:12:00+08:00");
        ShiftClock clock = new ShiftClock(true, start, NIGHT);

        List<ShiftClock.Punch> punches = run(clock, start, Duration.ofHours(8));

        assertEquals(List.of(new ShiftClock.Punch(false, Instant.parse("2026-11-27T06:00:00+08:00"))), punches);
        assertFalse(clock.clockedIn());
    }

    @Test
    void nothingChangesNothingIsPunched() {
        Instant start = Instant.parse("2026-11-26T21:00:00+08:00");
        ShiftClock clock = new ShiftClock(true, start, NIGHT);
        assertFalse(clock.due(start.plus(Duration.ofMinutes(4))));
        assertTrue(clock.due(start.plus(ShiftClock.EVERY)));
        assertNull(clock.look(start.plus(ShiftClock.EVERY)));
    }

    @Test
    void aLookThatFailsIsMadeAgainAndStillFindsTheShiftStart() {
        Instant start = Instant.parse("2026-11-26T19:50:00+08:00");
        boolean[] down = {true};
        ShiftClock clock = new ShiftClock(false, start, t -> {
            if (down[0] && t.isAfter(start.plus(Duration.ofMinutes(12)))) {
                throw new IllegalStateException("no answer");
            }
            return NIGHT.test(t);
        });
        Instant later = start.plus(Duration.ofMinutes(15));
        assertThrows(IllegalStateException.class, () -> clock.look(later));
        down[0] = false;

        assertEquals(new ShiftClock.Punch(true, Instant.parse("2026-11-26T20:00:00+08:00")),
                clock.look(later.plus(Duration.ofMinutes(5))));
    }
}

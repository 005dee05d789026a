package org.gridpatrol.server.alarm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DutyTimesTest {
    private static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void anOfficerIsClockedInFromClockInToClockOutAndOnWhileNoClockOutCame() {
        Predicate<Instant> in = DutyTimes.clockedIn(List.of("IN", "OUT", "IN"), List.of(at(60), at(180), at(300)));
        assertFalse(in.test(at(59)), "before the first clock-in");
        assertTrue(in.test(at(60)));
        assertTrue(in.test(at(179)));
        assertFalse(in.test(at(180)), "clocked out");
        assertFalse(in.test(at(299)));
        assertTrue(in.test(at(900)), "clocked in again, no clock-out yet");
    }

    @Test
    void withoutClockEventsNobodyIsClockedIn() {
        assertFalse(DutyTimes.clockedIn(List.of(), List.of()).test(T0));
    }
}

package org.gridpatrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gridpatrol.simulator.misbehaviour.Kind;
import org.gridpatrol.simulator.run.Mode;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsRunEightyOfficersInRealTimeAgainstTheLocalDemo() {
        Options o = Options.parse();
        assertEquals(Mode.REALTIME, o.mode());
        assertEquals(80, o.officers());
        assertEquals("http://127.0.0.1:8080/api/v1", o.api());
        assertEquals("BS0001", o.badge(0));
        assertEquals("BS0080", o.badge(79));
        assertEquals(6, o.kinds().size());
        assertEquals(0, o.perHour());
    }

    @Test
    void aPasswordToChangeToFollowsThePasswordUnlessGiven() {
        assertEquals("Patrol-2026!-new", Options.parse().newPassword());
        assertEquals("Other-pass-1-new", Options.parse("--password", "Other-pass-1").newPassword());
        assertEquals("Fresh-2027!", Options.parse("--new-password", "Fresh-2027!").newPassword());
    }

    @Test
    void fastClocksLeaveOfflineOutUnlessAskedFor() {
        assertFalse(Options.parse("--mode", "accelerated").kinds().contains(Kind.OFFLINE));
        assertTrue(Options.parse("--mode", "accelerated", "--kinds", "offline,still").kinds().contains(Kind.OFFLINE));
    }

    @Test
    void durationsReadSecondsMinutesAndHours() {
        assertEquals(Duration.ofSeconds(90), Options.duration("--duration", "90s"));
        assertEquals(Duration.ofMinutes(10), Options.duration("--duration", "10m"));
        assertEquals(Duration.ofMinutes(90), Options.duration("--duration", "1.5h"));
        assertEquals(Duration.ofMillis(250), Options.duration("--duration", "250ms"));
        assertEquals(Duration.ofMinutes(2), Options.duration("--duration", "PT2M"));
        assertThrows(IllegalArgumentException.class, () -> Options.duration("--duration", "soon"));
    }

    @Test
    void nonsenseIsRefusedWithASentence() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--mode", "turbo"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--kinds", "NAP"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--officers", "0"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--batch", "5000"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--start", "2026-11-27T08:00:00+08:00"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--frobnicate"));
    }
}

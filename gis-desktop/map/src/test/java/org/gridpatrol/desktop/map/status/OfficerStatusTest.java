package org.gridpatrol.desktop.map.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.junit.jupiter.api.Test;

class OfficerStatusTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final OfficerPosition RECENT = new OfficerPosition(1, 117.36, 32.93, NOW.minusSeconds(30), 5);

    @Test
    void noPositionAndNoAlarmIsNotReporting() {
        assertEquals(OfficerStatus.OFF_DUTY, OfficerStatus.of(null, Set.of(), false, NOW));
    }

    @Test
    void aRecentPositionInHisGridIsInGridAndElsewhereOnDuty() {
        assertEquals(OfficerStatus.IN_GRID, OfficerStatus.of(RECENT, Set.of(), true, NOW));
        assertEquals(OfficerStatus.ON_DUTY, OfficerStatus.of(RECENT, Set.of(), false, NOW));
    }

    @Test
    void offPostOrCrossZoneGoingOnIsOutsideEvenWithAPositionInside() {
        assertEquals(OfficerStatus.OUTSIDE, OfficerStatus.of(RECENT, Set.of("OFF_POST"), true, NOW));
        assertEquals(OfficerStatus.OUTSIDE, OfficerStatus.of(RECENT, Set.of("CROSS_ZONE"), false, NOW));
    }

    @Test
    void lostContactAlarmOrTenMinutesOfSilenceIsLostContact() {
        assertEquals(OfficerStatus.LOST_CONTACT, OfficerStatus.of(null, Set.of("LOST_CONTACT", "OFF_POST"), false, NOW));
        OfficerPosition old = new OfficerPosition(1, 117.36, 32.93, NOW.minusSeconds(600), 5);
        assertEquals(OfficerStatus.LOST_CONTACT, OfficerStatus.of(old, Set.of(), true, NOW));
        OfficerPosition almost = new OfficerPosition(1, 117.36, 32.93, NOW.minusSeconds(599), 5);
        assertEquals(OfficerStatus.IN_GRID, OfficerStatus.of(almost, Set.of(), true, NOW));
    }

    @Test
    void aStillAlarmIsStillUnlessOutsideOrLost() {
        assertEquals(OfficerStatus.STILL, OfficerStatus.of(RECENT, Set.of("STILL"), true, NOW));
        assertEquals(OfficerStatus.OUTSIDE, OfficerStatus.of(RECENT, Set.of("STILL", "OFF_POST"), false, NOW));
        OfficerPosition old = new OfficerPosition(1, 117.36, 32.93, NOW.minusSeconds(900), 5);
        assertEquals(OfficerStatus.LOST_CONTACT, OfficerStatus.of(old, Set.of("STILL"), true, NOW));
    }

    @Test
    void otherAlarmsDoNotChangeTheStatus() {
        assertEquals(OfficerStatus.IN_GRID, OfficerStatus.of(RECENT, Set.of("FAKE_LOCATION", "LATE"), true, NOW));
    }

    @Test
    void everyStatusHasItsOwnColour() {
        assertEquals(OfficerStatus.values().length,
                java.util.Arrays.stream(OfficerStatus.values()).map(OfficerStatus::colour).distinct().count());
    }
}

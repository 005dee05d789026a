package org.gridpatrol.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Kind;
import org.junit.jupiter.api.Test;

class AlarmMatcherTest {

    private static final Instant T = Instant.parse("2026-11-27T01:00:00Z");

    private static Episode episode(long officer, Kind kind, int fromMin, int toMin) {
        return new Episode(officer, "BS" + officer, kind, T.plusSeconds(60L * fromMin), T.plusSeconds(60L * toMin), "", false);
    }

    private static AlarmMatcher.Alarm alarm(long officer, String type, int fromMin, Integer toMin) {
        return new AlarmMatcher.Alarm(type, officer, T.plusSeconds(60L * fromMin), toMin == null ? null : T.plusSeconds(60L * toMin));
    }

    private static AlarmMatcher.Row row(AlarmMatcher.Outcome o, String type) {
        return o.rows().stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void anEpisodeWhoseDutyEndsWithinTheAlarmsDwellCannotBeSeen() {
        Instant shiftEnd = T.plusSeconds(60L * 30);
        Predicate<Instant> onDuty = t -> t.isBefore(shiftEnd);
        assertFalse(AlarmMatcher.seeable(episode(1, Kind.STILL, 5, 40), onDuty), "30 min still dwell ends at 35");
        assertTrue(AlarmMatcher.seeable(episode(1, Kind.STILL, -1, 34), onDuty), "dwell over at 29, before the end of duty");
        assertTrue(AlarmMatcher.seeable(episode(1, Kind.CROSS_ZONE, 26, 30), onDuty), "2 min dwell ends at 28");
        assertFalse(AlarmMatcher.seeable(episode(1, Kind.OFF_POST, 21, 35), onDuty), "10 min dwell ends at 31");
        assertFalse(AlarmMatcher.seeable(episode(1, Kind.MOCK, 31, 33), onDuty), "off duty when it began");
    }

    @Test
    void anAlarmOfTheSameTypeAndOfficerOverlappingWithinTwoMinutesMatches() {
        List<Episode> episodes = List.of(episode(1, Kind.CROSS_ZONE, 10, 14), episode(2, Kind.OFF_POST, 10, 24));
        List<AlarmMatcher.Alarm> alarms = List.of(
                alarm(1, "CROSS_ZONE", 16, 18),   // starts 2 min after the end: still matches
                alarm(2, "OFF_POST", 11, null));  // open
        AlarmMatcher.Outcome o = AlarmMatcher.match(episodes, Set.of(), alarms);
        assertEquals(1.0, row(o, "CROSS_ZONE").recall());
        assertEquals(1.0, row(o, "OFF_POST").precision());
        assertEquals(1.0, o.overall().recall());
        assertEquals(1.0, o.overall().precision());
    }

    @Test
    void anotherOfficerAnotherTypeOrTooLateIsNoMatch() {
        List<Episode> episodes = List.of(episode(1, Kind.STILL, 10, 45));
        List<AlarmMatcher.Alarm> alarms = List.of(
                alarm(2, "STILL", 10, 45),        // another officer
                alarm(1, "OFF_POST", 10, 45),     // another type
                alarm(1, "STILL", 48, 50));       // 3 min after the end
        AlarmMatcher.Outcome o = AlarmMatcher.match(episodes, Set.of(), alarms);
        assertEquals(0.0, row(o, "STILL").recall());
        assertEquals(0.0, o.overall().precision());
        assertEquals(3, o.unmatched().size());
        assertEquals(1, o.missed().size());
    }

    @Test
    void mockAndTeleportAreFakeLocationAndOfflineIsLostContact() {
        List<Episode> episodes = List.of(episode(1, Kind.MOCK, 10, 12), episode(1, Kind.TELEPORT, 30, 31),
                episode(3, Kind.OFFLINE, 10, 25));
        List<AlarmMatcher.Alarm> alarms = List.of(alarm(1, "FAKE_LOCATION", 10, 17), alarm(3, "LOST_CONTACT", 10, 25));
        AlarmMatcher.Outcome o = AlarmMatcher.match(episodes, Set.of(), alarms);
        AlarmMatcher.Row fake = row(o, "FAKE_LOCATION");
        assertEquals(2, fake.injected());
        assertEquals(1, fake.detected());
        assertEquals(0.5, fake.recall());
        assertEquals(1.0, fake.precision());
        assertEquals(1.0, row(o, "LOST_CONTACT").recall());
    }

    @Test
    void episodesNotExpectedLeaveRecallAndSideEffectsLeavePrecision() {
        Episode offDuty = episode(1, Kind.STILL, 10, 45);
        Episode away = episode(2, Kind.OFF_POST, 10, 24);
        List<AlarmMatcher.Alarm> alarms = List.of(alarm(2, "OFF_POST", 9, 26), alarm(2, "CROSS_ZONE", 12, 15));
        AlarmMatcher.Outcome o = AlarmMatcher.match(List.of(offDuty, away), Set.of(offDuty), alarms);
        AlarmMatcher.Row still = row(o, "STILL");
        assertEquals(1, still.injected());
        assertEquals(0, still.expected());
        assertNull(still.recall());
        AlarmMatcher.Row cross = row(o, "CROSS_ZONE");
        assertEquals(1, cross.alarms());
        assertEquals(1, cross.explained());
        assertNull(cross.precision(), "nothing left to judge");
        assertEquals(1.0, o.overall().recall());
        assertEquals(1.0, o.overall().precision());
        assertEquals(List.of(offDuty), o.notExpected());
    }
}

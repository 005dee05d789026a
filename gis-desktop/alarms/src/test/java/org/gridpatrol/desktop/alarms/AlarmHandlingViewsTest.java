package org.gridpatrol.desktop.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.alarm.AlarmView;
import org.junit.jupiter.api.Test;

class AlarmHandlingViewsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static AlarmView alarm(long id, String type, String state, Instant start, Instant end) {
        return new AlarmView(id, type, 7, "BS0007", "Zhao", null, 3, state, start, end, null, start, false, "r", null);
    }

    @Test
    void countsAreOfAlarmsNotHandledYetByTypeMostFirst() {
        List<AlarmView> alarms = List.of(alarm(1, "OFF_POST", "OPEN", NOW, null),
                alarm(2, "CROSS_ZONE", "ACKNOWLEDGED", NOW, null), alarm(3, "CROSS_ZONE", "OPEN", NOW, NOW),
                alarm(4, "STILL", "HANDLED", NOW, null), alarm(5, "CROSS_ZONE", "HANDLED", NOW, NOW));
        Map<String, Integer> counts = AlarmCounts.unhandled(alarms);
        assertEquals(List.of("CROSS_ZONE", "OFF_POST"), List.copyOf(counts.keySet()));
        assertEquals(2, counts.get("CROSS_ZONE"));
        assertEquals("Cross-zone 2 \u00b7 Off post 1", AlarmCounts.line(counts, t -> AlarmTableModel.label("TYPE_", t)));
        assertEquals("", AlarmCounts.line(AlarmCounts.unhandled(List.of()), t -> t));
    }

    @Test
    void anEndedAlarmIsReplayedFromHalfAnHourBeforeToHalfAnHourAfterAtItsStart() {
        Instant start = NOW.minus(Duration.ofHours(3));
        AlarmMoment m = AlarmMoment.of(alarm(1, "STILL", "OPEN", start, start.plus(Duration.ofMinutes(40))), NOW);
        assertEquals(start.minus(Duration.ofMinutes(30)), m.from());
        assertEquals(start.plus(Duration.ofMinutes(70)), m.to());
        assertEquals(start, m.at());
    }

    @Test
    void anAlarmStillGoingOnIsReplayedUntilNowAndAWeekAtMost() {
        Instant start = NOW.minus(Duration.ofMinutes(5));
        AlarmMoment going = AlarmMoment.of(alarm(1, "OFF_POST", "OPEN", start, null), NOW);
        assertEquals(NOW, going.to());
        Instant longAgo = NOW.minus(Duration.ofDays(20));
        AlarmMoment old = AlarmMoment.of(alarm(2, "LOST_CONTACT", "OPEN", longAgo, null), NOW);
        assertEquals(Duration.ofDays(7), Duration.between(old.from(), old.to()));
    }
}

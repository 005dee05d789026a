package org.gridpatrol.desktop.alarms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gridpatrol.model.alarm.AlarmView;
import org.junit.jupiter.api.Test;

class AlarmTableModelTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static AlarmView alarm(long id, String type, String state, String started, Long durationS) {
        Instant start = Instant.parse(started);
        return new AlarmView(id, type, 100 + id, "BS000" + id, "队员" + id, null, 100004, state, start,
                durationS == null ? null : start.plusSeconds(durationS), durationS, start, false, "reason " + id, null);
    }

    @Test
    void alarmsAreListedNewestFirstWithLocalTimesAndDurations() {
        AlarmTableModel model = new AlarmTableModel(SHANGHAI, id -> null);
        model.replaceAll(List.of(alarm(1, "OFF_POST", "HANDLED", "2026-03-02T01:00:00Z", 754L),
                alarm(2, "CROSS_ZONE", "OPEN", "2026-03-02T02:00:00Z", 3725L)));
        assertEquals(2, model.getRowCount());
        assertEquals(2, model.alarm(0).id());
        assertEquals("03-02 10:00:00", model.getValueAt(0, 3));
        assertEquals("1:02:05", model.getValueAt(0, 4));
        assertEquals("12:34", model.getValueAt(1, 4));
        assertEquals("BS0002 队员2", model.getValueAt(0, 1));
    }

    @Test
    void anEngineCauseCodeIsWordedAndASentenceIsShownAsItIs() {
        AlarmTableModel model = new AlarmTableModel(SHANGHAI, id -> null);
        AlarmView sentence = alarm(1, "OFF_POST", "OPEN", "2026-03-02T01:00:00Z", null);
        AlarmView coded = new AlarmView(2, "FAKE_LOCATION", 102, "BS0002", "队员2", null, 100004, "OPEN",
                Instant.parse("2026-03-02T02:00:00Z"), null, null, Instant.parse("2026-03-02T02:00:00Z"), false,
                "TIME_BACKWARDS", null);
        model.replaceAll(List.of(sentence, coded));
        assertEquals(AlarmTableModel.label("CAUSE_", "TIME_BACKWARDS"), model.getValueAt(0, 5));
        assertNotEquals("TIME_BACKWARDS", model.getValueAt(0, 5));
        assertEquals("reason 1", model.getValueAt(1, 5));
        assertNotEquals("app exited", AlarmTableModel.reason("app exited"));
        assertTrue(AlarmTableModel.reason("grid 100009").contains("100009"));
        assertNotEquals("grid 100009", AlarmTableModel.reason("grid 100009"));
        assertEquals("", AlarmTableModel.reason(null));
    }

    @Test
    void aLiveEventReplacesTheAlarmItUpdatesInsteadOfAddingARow() {
        AlarmTableModel model = new AlarmTableModel(SHANGHAI, id -> null);
        model.replaceAll(List.of(alarm(1, "STILL", "OPEN", "2026-03-02T01:00:00Z", null)));
        model.upsert(alarm(1, "STILL", "OPEN", "2026-03-02T01:00:00Z", 1800L));
        model.upsert(alarm(3, "LOST_CONTACT", "OPEN", "2026-03-02T03:00:00Z", null));
        assertEquals(2, model.getRowCount());
        assertEquals(3, model.alarm(0).id());
        assertEquals(1800L, model.alarm(1).durationS());
        assertEquals(2, model.open());
    }

    @Test
    void theFilterKeepsOnlyTheChosenTypeAndState() {
        AlarmTableModel model = new AlarmTableModel(SHANGHAI, id -> null);
        model.replaceAll(List.of(alarm(1, "OFF_POST", "HANDLED", "2026-03-02T01:00:00Z", 60L),
                alarm(2, "OFF_POST", "OPEN", "2026-03-02T02:00:00Z", null),
                alarm(3, "CROSS_ZONE", "OPEN", "2026-03-02T03:00:00Z", null)));
        model.setFilter(new AlarmFilter("OFF_POST", null));
        assertEquals(2, model.getRowCount());
        model.setFilter(new AlarmFilter("OFF_POST", "OPEN"));
        assertEquals(1, model.getRowCount());
        assertEquals(2, model.alarm(0).id());
        model.setFilter(new AlarmFilter(null, "OPEN"));
        assertEquals(2, model.getRowCount());
        model.setFilter(AlarmFilter.ALL);
        assertEquals(3, model.getRowCount());
        assertEquals(3, model.total());
    }

    @Test
    void aLiveEventWithoutIdStateOrNamesUpdatesTheRowOfTheSameOfficerTypeAndStart() {
        AlarmTableModel model = new AlarmTableModel(SHANGHAI, id -> null);
        AlarmView listed = new AlarmView(41, "STILL", 100027, "BS0027", "冯磊海", null, 100004, "ACKNOWLEDGED",
                Instant.parse("2026-03-02T01:00:00Z"), null, null, null, false, "50 m", null);
        model.replaceAll(List.of(listed));
        AlarmView closed = new AlarmView(0, "STILL", 100027, null, null, null, 0, null,
                Instant.parse("2026-03-02T01:00:00Z"), Instant.parse("2026-03-02T01:40:00Z"), null, null, false, null, null);
        model.upsert(closed);
        assertEquals(1, model.getRowCount());
        AlarmView merged = model.alarm(0);
        assertEquals(41, merged.id());
        assertEquals("ACKNOWLEDGED", merged.state());
        assertEquals("BS0027", merged.badgeNo());
        assertEquals(2400L, merged.durationS());
        assertEquals(java.util.Set.of(), model.officersInAlarm());
    }

    @Test
    void anAlarmFirstSeenInAnEventIsOpenAndNamedFromTheOfficerDirectory() {
        AlarmTableModel model = new AlarmTableModel(SHANGHAI, id -> id == 100012 ? "BS0012 丁洋" : null);
        model.upsert(new AlarmView(0, "FAKE_LOCATION", 100012, null, null, null, 0, null,
                Instant.parse("2026-03-02T01:00:00Z"), null, null, null, false, "MOCK_PROVIDER", null));
        assertEquals("BS0012 丁洋", model.getValueAt(0, 1));
        assertEquals("OPEN", model.alarm(0).state());
        assertEquals(java.util.Set.of(100012L), model.officersInAlarm());
    }
}

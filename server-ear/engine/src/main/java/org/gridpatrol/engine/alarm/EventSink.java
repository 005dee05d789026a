package org.gridpatrol.engine.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events raised while one upload (or one tick) is processed and stamps them:
 * officer, and whether the fix that triggered them was already old when it arrived.
 */
final class EventSink {

    private final long officerId;
    private final long receivedAt;
    private final long lateAfter;
    private long triggerMillis;
    private final List<AlarmEvent> events = new ArrayList<>();

    EventSink(long officerId, Instant receivedAt, AlarmThresholds thresholds) {
        this.officerId = officerId;
        this.receivedAt = receivedAt.toEpochMilli();
        this.lateAfter = thresholds.lateAfter().toMillis();
        this.triggerMillis = this.receivedAt;
    }

    /** The fix (or tick) whose processing raises the next events. */
    void triggeredBy(long millis) {
        this.triggerMillis = millis;
    }

    void open(AlarmType type, long start, List<Long> evidence, String cause) {
        events.add(new AlarmEvent(AlarmEvent.Phase.OPEN, type, officerId, Instant.ofEpochMilli(start), null,
                evidence, isLate(), cause));
    }

    void close(AlarmType type, long start, long end, List<Long> evidence, String cause) {
        events.add(new AlarmEvent(AlarmEvent.Phase.CLOSE, type, officerId, Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(end), evidence, isLate(), cause));
    }

    private boolean isLate() {
        return receivedAt - triggerMillis > lateAfter;
    }

    List<AlarmEvent> events() {
        return events;
    }
}

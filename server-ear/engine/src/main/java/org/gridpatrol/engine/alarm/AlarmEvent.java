package org.gridpatrol.engine.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alarm opening or closing. An alarm is identified by (officer, type, start): the CLOSE event
 * repeats the start of the OPEN event it ends.
 *
 * @param phase     OPEN or CLOSE
 * @param type      which rule
 * @param officerId whose alarm
 * @param start     when the condition began (the time of the first fix showing it)
 * @param end       when the condition cleared (first clear fix) or duty ended; null on OPEN
 * @param evidence  device sequence numbers of the fixes that prove the transition, ascending
 * @param late      raised from data older than its receive time by more than the late threshold
 *                  (a phone that was offline uploading its backlog)
 * @param cause     what the alarm is about: "grid 102" for a cross-zone alarm, a {@link FakeSign}
 *                  name for a fake-location alarm, null otherwise
 */
public record AlarmEvent(Phase phase, AlarmType type, long officerId, Instant start, Instant end,
                         List<Long> evidence, boolean late, String cause) {

    public enum Phase { OPEN, CLOSE }

    public AlarmEvent {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        evidence = List.copyOf(evidence);
        if ((phase == Phase.CLOSE) != (end != null)) {
            throw new IllegalArgumentException("a CLOSE event has an end and an OPEN event has none");
        }
    }

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }
}

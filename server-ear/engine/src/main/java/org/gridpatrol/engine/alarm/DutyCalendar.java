package org.gridpatrol.engine.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whether an officer is on duty (clocked in, or inside a scheduled shift) at an instant.
 * Rules are evaluated only on duty; services build this from shifts, holidays and clock-ins.
 */
@FunctionalInterface
public interface DutyCalendar {

    DutyCalendar ALWAYS = t -> true;

    boolean onDuty(Instant time);

    /**
     * When duty ended, given an on-duty and a later off-duty instant: the first off-duty instant
     * between them, to the second. Alarms open at the end of duty close at this time.
     * The default bisects {@link #onDuty}; calendars that know their windows answer exactly.
     */
    default Instant dutyEndBetween(Instant onDutyAt, Instant offDutyAt) {
        Instant lo = onDutyAt;
        Instant hi = offDutyAt;
        while (Duration.between(lo, hi).compareTo(Duration.ofSeconds(1)) > 0) {
            // Probe whole seconds so the answer is a whole second, as shift ends are.
            Instant mid = lo.plus(Duration.between(lo, hi).dividedBy(2)).truncatedTo(ChronoUnit.SECONDS);
            if (!mid.isAfter(lo)) {
                mid = lo.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            }
            if (onDuty(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}

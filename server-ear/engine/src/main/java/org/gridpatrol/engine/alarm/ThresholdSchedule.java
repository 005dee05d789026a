package org.gridpatrol.engine.alarm;

import java.util.Objects;

/**
 * The thresholds an officer is judged by, as they change over time and from grid to grid: a
 * change saved at some moment applies to fixes from that moment on, and older fixes (a late
 * batch) keep the rules that were in force when they were taken.
 */
@FunctionalInterface
public interface ThresholdSchedule {

    /** Passed as the grid when the officer has no grid of his own to name. */
    long NO_GRID = Long.MIN_VALUE;

    /**
     * @param gridId     the officer's own grid the fix concerns, or {@link #NO_GRID}
     * @param epochMillis the fix's time
     * @return the thresholds in force; the same instance for as long as nothing changes is
     *         preferred (the engine rebuilds an officer's rules when the value changes)
     */
    AlarmThresholds at(long gridId, long epochMillis);

    /** The same thresholds everywhere and always. */
    static ThresholdSchedule fixed(AlarmThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return new Fixed(thresholds);
    }

    /** A fixed schedule; a record so that two of the same thresholds are equal. */
    record Fixed(AlarmThresholds thresholds) implements ThresholdSchedule {
        @Override
        public AlarmThresholds at(long gridId, long epochMillis) {
            return thresholds;
        }
    }
}

package org.gridpatrol.engine.alarm;

import java.util.Objects;
import java.util.Set;

/**
 * What the engine needs to know about an officer: the grids they answer for, when they are on
 * duty, and the thresholds of their org unit and grids over time.
 */
public record Assignment(long officerId, Set<Long> ownGrids, DutyCalendar duty, ThresholdSchedule rules) {

    public Assignment {
        ownGrids = Set.copyOf(ownGrids);
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(rules, "rules");
    }

    public Assignment(long officerId, Set<Long> ownGrids, DutyCalendar duty, AlarmThresholds thresholds) {
        this(officerId, ownGrids, duty, ThresholdSchedule.fixed(thresholds));
    }

    public Assignment(long officerId, Set<Long> ownGrids, DutyCalendar duty) {
        this(officerId, ownGrids, duty, AlarmThresholds.DEFAULTS);
    }

    long[] ownGridArray() {
        return ownGrids.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}

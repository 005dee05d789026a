package org.gridpatrol.engine.alarm;

import java.util.Objects;
import java.util.Set;

/**
 * What the engine needs to know about an officer: the grids they answer for, when they are on
 * duty, and the thresholds of their org unit.
 */
public record Assignment(long officerId, Set<Long> ownGrids, DutyCalendar duty, AlarmThresholds thresholds) {

    public Assignment {
        ownGrids = Set.copyOf(ownGrids);
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    public Assignment(long officerId, Set<Long> ownGrids, DutyCalendar duty) {
        this(officerId, ownGrids, duty, AlarmThresholds.DEFAULTS);
    }

    long[] ownGridArray() {
        return ownGrids.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}

package org.gridpatrol.engine.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmThresholds;
import org.gridpatrol.engine.alarm.ThresholdSchedule;

/**
 * Every rule set, and what is in force for an officer at a time: the defaults, overridden setting
 * by setting by the set in force of each org unit from the root down to his own (the nearest unit
 * wins), and last by the set in force of the grid concerned (a grid's set overrides any unit's).
 * Immutable; the services build a new book when a set is added.
 */
public final class RuleBook {

    /** A book with no sets: the defaults everywhere. */
    public static final RuleBook EMPTY = new RuleBook(List.of(), AlarmThresholds.DEFAULTS);

    private final Map<Long, List<RuleSet>> byUnit = new HashMap<>();
    private final Map<Long, List<RuleSet>> byGrid = new HashMap<>();
    private final AlarmThresholds defaults;

    public RuleBook(Collection<RuleSet> sets, AlarmThresholds defaults) {
        this.defaults = defaults;
        for (RuleSet s : sets) {
            (s.gridId() != null ? byGrid.computeIfAbsent(s.gridId(), k -> new ArrayList<>())
                    : byUnit.computeIfAbsent(s.orgUnitId(), k -> new ArrayList<>())).add(s);
        }
        byUnit.values().forEach(l -> l.sort(Comparator.comparing(RuleSet::validFrom)));
        byGrid.values().forEach(l -> l.sort(Comparator.comparing(RuleSet::validFrom)));
    }

    /**
     * The sets in force at a time, farthest first: one per unit of the chain that has one, then
     * the grid's.
     *
     * @param unitChain the officer's org unit and its ancestors, root first
     * @param gridId    the grid concerned, or null
     */
    public List<RuleSet> inForce(List<Long> unitChain, Long gridId, Instant at) {
        List<RuleSet> found = new ArrayList<>();
        for (Long unit : unitChain) {
            RuleSet s = latest(byUnit.get(unit), at);
            if (s != null) {
                found.add(s);
            }
        }
        RuleSet s = gridId == null ? null : latest(byGrid.get(gridId), at);
        if (s != null) {
            found.add(s);
        }
        return found;
    }

    /** The thresholds in force at a time; see {@link #inForce}. */
    public AlarmThresholds effective(List<Long> unitChain, Long gridId, Instant at) {
        Map<ThresholdSetting, Double> settings = new EnumMap<>(ThresholdSetting.class);
        for (RuleSet s : inForce(unitChain, gridId, at)) {
            settings.putAll(s.settings());
        }
        return ThresholdSetting.with(defaults, settings);
    }

    /** The times at which something changes for this chain and grid, in order. */
    List<Instant> changes(List<Long> unitChain, Long gridId) {
        List<Instant> times = new ArrayList<>();
        for (Long unit : unitChain) {
            byUnit.getOrDefault(unit, List.of()).forEach(s -> times.add(s.validFrom()));
        }
        if (gridId != null) {
            byGrid.getOrDefault(gridId, List.of()).forEach(s -> times.add(s.validFrom()));
        }
        return times.stream().distinct().sorted().toList();
    }

    /** An officer's schedule: what is in force for his unit chain, by grid and time. */
    public ThresholdSchedule scheduleFor(List<Long> unitChain) {
        return new OfficerRules(this, List.copyOf(unitChain));
    }

    private static RuleSet latest(List<RuleSet> sets, Instant at) {
        RuleSet found = null;
        if (sets != null) {
            for (RuleSet s : sets) {
                if (s.validFrom().isAfter(at)) {
                    break;
                }
                found = s;
            }
        }
        return found;
    }
}

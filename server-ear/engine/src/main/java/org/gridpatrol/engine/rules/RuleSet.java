package org.gridpatrol.engine.rules;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule set: the thresholds one org unit (for its subtree) or one grid sets, in force from
 * {@code validFrom} until the next set of the same scope. It holds only what it changes; the rest
 * comes from farther scopes and finally the defaults.
 *
 * @param id        the set's id
 * @param orgUnitId the org unit it is for, or null
 * @param gridId    the grid it is for, or null (exactly one of the two is given)
 * @param validFrom from when it applies
 * @param settings  the thresholds it sets
 */
public record RuleSet(long id, Long orgUnitId, Long gridId, Instant validFrom, Map<ThresholdSetting, Double> settings) {

    public RuleSet {
        if ((orgUnitId == null) == (gridId == null)) {
            throw new IllegalArgumentException("a rule set is for an org unit or for a grid, not both or neither");
        }
        Objects.requireNonNull(validFrom, "validFrom");
        settings = settings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(settings));
    }
}

package org.gridpatrol.model.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Answer of {@code GET /api/v1/alarm-rules/effective}: the thresholds an officer of an org unit is
 * judged by at a time, in a grid.
 *
 * @param orgUnitId  the org unit asked about (the grid's when only a grid was named)
 * @param gridId     the grid asked about, or null
 * @param at         the time asked about
 * @param thresholds every threshold, by name, defaults filled in
 * @param sets       ids of the sets that contributed, farthest first (later ones win)
 */
public record EffectiveAlarmRules(long orgUnitId, Long gridId, Instant at, Map<String, Double> thresholds,
                                  List<Long> sets) {
}

package org.gridpatrol.model.alarm;

import java.time.Instant;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/alarm-rules}.
 *
 * @param orgUnitId  the org unit the set is for (its whole subtree); give this or gridId
 * @param gridId     the grid the set is for; give this or orgUnitId
 * @param validFrom  from when it applies, not before now; null: now
 * @param thresholds the thresholds it changes, by name (see {@link AlarmRuleSet#thresholds()});
 *                   the others come from farther scopes and the defaults
 * @param note       why, or null
 */
public record NewAlarmRuleSet(Long orgUnitId, Long gridId, Instant validFrom, Map<String, Double> thresholds,
                              String note) {
}

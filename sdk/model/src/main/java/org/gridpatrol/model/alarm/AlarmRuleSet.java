package org.gridpatrol.model.alarm;

import java.time.Instant;
import java.util.Map;

/**
 * An alarm rule set (告警规则): thresholds an org unit sets for its subtree, or a grid for itself,
 * in force from {@code validFrom} until the next set of the same scope. A grid's set overrides its
 * org unit's; a nearer org unit overrides a farther, setting by setting.
 *
 * @param id         the set's id
 * @param orgUnitId  the org unit it is for, or null
 * @param gridId     the grid it is for, or null
 * @param validFrom  from when it applies; sets in force can no longer be changed
 * @param thresholds what it sets, by name: {@code zoneToleranceMetres}, {@code crossZoneMinutes},
 *                   {@code offPostMinutes}, {@code stillRadiusMetres}, {@code stillMinutes},
 *                   {@code stillClearMinutes}, {@code maxSpeedMps}, {@code teleportMetres},
 *                   {@code jumpMetres}, {@code jumpSpeedMps}, {@code noNoiseFixes},
 *                   {@code maxClockSkewMinutes}, {@code fakeLocationClearMinutes}, {@code lateAfterMinutes}
 * @param note       why it was set, or null
 * @param createdBy  the account that set it, or null
 * @param createdAt  when it was saved
 * @param effective  every threshold in force for its scope from {@code validFrom} on, defaults filled
 *                   in; only in the answer to a create, null in lists
 */
public record AlarmRuleSet(long id, Long orgUnitId, Long gridId, Instant validFrom, Map<String, Double> thresholds,
                           String note, Long createdBy, Instant createdAt, Map<String, Double> effective) {
}

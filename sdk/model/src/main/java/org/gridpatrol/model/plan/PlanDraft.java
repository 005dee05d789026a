package org.gridpatrol.model.plan;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /api/v1/plans} and {@code PUT /api/v1/plans/{id}}.
 *
 * @param name             e.g. 重点区域两小时一巡
 * @param officerId        the officer who carries it out; exactly one of officerId and squadId
 * @param squadId          or the squad, each of whose officers carries it out
 * @param forcedOrder      visit in ordinal order (强制顺序巡检); false when null
 * @param frequencyMinutes repeat the round every N minutes; null: once per day
 * @param validFrom        the plan's first instant
 * @param validTo          the first instant after it, or null
 * @param allowTrackVisits a stay within the radius counts as a visit, not only a check-in
 * @param dwellSeconds     how long that stay must be (with allowTrackVisits; 60 when null)
 * @param checkpoints      1 to 100 stops
 * @param version          for PUT, the version read (409 when stale)
 */
public record PlanDraft(String name, Long officerId, Long squadId, Boolean forcedOrder, Integer frequencyMinutes,
                        Instant validFrom, Instant validTo, Boolean allowTrackVisits, Integer dwellSeconds,
                        List<PlanStop> checkpoints, Integer version) {
}

package org.gridpatrol.model.plan;

import java.time.Instant;
import java.util.List;

/**
 * A patrol plan (巡检计划) as the API returns it; members as in {@link PlanDraft}.
 *
 * @param id               its id
 * @param name             its name
 * @param officerId        the officer, or null for a squad plan
 * @param squadId          the squad, or null for an officer's plan
 * @param forcedOrder      visit in ordinal order
 * @param frequencyMinutes round length, or null for once per day
 * @param validFrom        first instant
 * @param validTo          first instant after it, or null
 * @param allowTrackVisits stays count as visits
 * @param dwellSeconds     the stay needed
 * @param active           false once deleted
 * @param version          send it back with a change
 * @param checkpoints      the stops by ordinal
 */
public record Plan(long id, String name, Long officerId, Long squadId, boolean forcedOrder, Integer frequencyMinutes,
                   Instant validFrom, Instant validTo, boolean allowTrackVisits, int dwellSeconds, boolean active,
                   int version, List<PlanStop> checkpoints) {
}

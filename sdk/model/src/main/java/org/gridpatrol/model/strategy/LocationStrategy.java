package org.gridpatrol.model.strategy;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A location strategy (定位策略): how often the phone takes a fix, how accurate it should be,
 * how often it uploads, and whether it records only while on duty. Sent with a profile
 * {@code POWER_SAVING} or {@code PRECISE} the values may be left out (the profile's own are used);
 * with {@code CUSTOM} all four are required.
 *
 * @param profile         {@code POWER_SAVING}, {@code PRECISE} or {@code CUSTOM}
 * @param fixIntervalS    seconds between fixes, 1–3600
 * @param accuracyM       accuracy wanted, metres, 5–1000
 * @param uploadIntervalS seconds between uploads, 5–3600 and not below the fix interval
 * @param onDutyOnly      record fixes only while on duty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocationStrategy(String profile, Integer fixIntervalS, Integer accuracyM, Integer uploadIntervalS,
                               Boolean onDutyOnly) {
}

package org.gridpatrol.model.strategy;

import java.time.Instant;
import java.util.List;

/**
 * Whether an officer's phone follows the location strategy in force, judged from its recent fixes.
 *
 * @param compliant    no deviation found
 * @param deviations   each rule the phone breaks
 * @param since        when the current verdict began
 * @param checkedAt    when it was last judged
 * @param fixesChecked how many recent fixes the verdict rests on
 */
public record StrategyCompliance(boolean compliant, List<Deviation> deviations, Instant since, Instant checkedAt,
                                 int fixesChecked) {
    /**
     * One rule broken.
     *
     * @param rule     {@code FIX_INTERVAL}, {@code UPLOAD_INTERVAL}, {@code ACCURACY} or {@code OFF_DUTY_FIXES}
     *                 (fixes recorded off duty by a phone told to record only on duty; wanted 0, measured their count)
     * @param wanted   what the strategy asks (seconds or metres)
     * @param measured the median the phone shows
     */
    public record Deviation(String rule, double wanted, double measured) {
    }
}

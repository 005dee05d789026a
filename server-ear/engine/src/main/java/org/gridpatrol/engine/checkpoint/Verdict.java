package org.gridpatrol.engine.checkpoint;

/**
 * Whether a visit counts for a plan, and why not.
 *
 * @param counted             true when it counts
 * @param ordinal             the stop it did for, when counted
 * @param reason              why it does not count, for the supervisor; null when it does
 * @param skippedCheckpointId in a forced-order plan, the checkpoint that should have come first
 *                            (a checkpoint-order alarm names it); else null
 */
public record Verdict(boolean counted, Integer ordinal, String reason, Long skippedCheckpointId) {

    static Verdict counts(int ordinal) {
        return new Verdict(true, ordinal, null, null);
    }

    static Verdict not(String reason) {
        return new Verdict(false, null, reason, null);
    }

    /** @return true when the visit broke a forced order */
    public boolean outOfOrder() {
        return skippedCheckpointId != null;
    }
}

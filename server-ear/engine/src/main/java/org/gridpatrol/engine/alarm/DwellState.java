package org.gridpatrol.engine.alarm;

import java.time.Instant;

/**
 * The persisted state of one dwell rule.
 *
 * @param open        whether the alarm is open
 * @param streakStart while closed, since when the condition has held; while open, since when it
 *                    has been clear; null when there is no streak
 * @param streakSeq   seq of the fix that began the streak
 * @param openedAt    start of the open alarm; null when closed
 * @param cause       cause of the open alarm (or of the pending streak)
 */
public record DwellState(boolean open, Instant streakStart, long streakSeq, Instant openedAt, String cause) {
}

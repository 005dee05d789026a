package org.gridpatrol.engine.checkpoint;

import java.time.Instant;

/**
 * A visit that counted for a plan: which checkpoint, when.
 *
 * @param checkpointId the checkpoint
 * @param at           when
 */
public record Visit(long checkpointId, Instant at) {
}

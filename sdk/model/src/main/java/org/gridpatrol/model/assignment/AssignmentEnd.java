package org.gridpatrol.model.assignment;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/assignments/{id}/end}.
 *
 * @param at when the assignment ends (exclusive); null: now
 */
public record AssignmentEnd(Instant at) {
}

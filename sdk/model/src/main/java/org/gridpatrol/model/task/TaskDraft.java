package org.gridpatrol.model.task;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/tasks}: a task a supervisor gives one officer (派发任务).
 *
 * @param officerId    who is to do it; an officer of the supervisor's org subtree
 * @param title        what the phone shows first, 1–100 characters
 * @param text         the details, at most 1,000 characters; may be null
 * @param lon          where, WGS84; with {@code lat} or neither (a checkpoint's position is taken when left out)
 * @param lat          where, WGS84
 * @param gridId       the grid it concerns, or null
 * @param checkpointId the checkpoint it concerns, or null
 * @param dueAt        by when it is to be done, not in the past; null for no deadline
 */
public record TaskDraft(Long officerId, String title, String text, Double lon, Double lat, Long gridId,
                        Long checkpointId, Instant dueAt) {
}

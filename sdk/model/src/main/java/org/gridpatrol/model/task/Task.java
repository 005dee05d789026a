package org.gridpatrol.model.task;

import java.time.Instant;

/**
 * A task given to an officer and how far he got with it.
 *
 * @param id           the task
 * @param officerId    who is to do it
 * @param title        what the phone shows first
 * @param text         the details, empty when none
 * @param lon          where, WGS84, or null
 * @param lat          where, WGS84, or null
 * @param gridId       the grid it concerns, or null
 * @param checkpointId the checkpoint it concerns, or null
 * @param dueAt        deadline, or null
 * @param state        {@code ASSIGNED}, {@code ACCEPTED} or {@code COMPLETED}
 * @param overdue      not completed and past its deadline (or completed after it)
 * @param assignedBy   the account of the supervisor who gave it, or null
 * @param createdAt    when it was given
 * @param acceptedAt   when the officer accepted it, or null
 * @param acceptedLon  where he accepted it
 * @param acceptedLat  where he accepted it
 * @param completedAt  when he completed it, or null
 * @param completedLon where he completed it
 * @param completedLat where he completed it
 * @param photoId      the photo he sent as proof, or null
 * @param note         what he wrote on completing, or null
 */
public record Task(long id, long officerId, String title, String text, Double lon, Double lat, Long gridId,
                   Long checkpointId, Instant dueAt, String state, boolean overdue, Long assignedBy, Instant createdAt,
                   Instant acceptedAt, Double acceptedLon, Double acceptedLat, Instant completedAt, Double completedLon,
                   Double completedLat, Long photoId, String note) {
    /** States a task goes through, in order. */
    public static final String ASSIGNED = "ASSIGNED";
    /** The officer said he will do it. */
    public static final String ACCEPTED = "ACCEPTED";
    /** The officer said it is done. */
    public static final String COMPLETED = "COMPLETED";
}

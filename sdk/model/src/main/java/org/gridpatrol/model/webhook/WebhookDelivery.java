package org.gridpatrol.model.webhook;

import java.time.Instant;

/**
 * One event sent (or to be sent) to one webhook, as the delivery log shows it.
 *
 * @param id            row id, also sent as {@code X-GridPatrol-Delivery}
 * @param webhookId     the receiver
 * @param eventType     e.g. {@code alarm.opened}
 * @param eventId       the event, e.g. {@code alarm.opened/42}; the same on every attempt and replay
 * @param status        {@code PENDING}, {@code DELIVERED} or {@code FAILED} (gave up after a day)
 * @param attempts      posts made so far
 * @param nextAttemptAt when the next post is due while pending
 * @param lastAttemptAt when the last post was made, or null
 * @param lastStatus    the HTTP status the receiver answered last, or null
 * @param lastError     why the last post failed, or null
 * @param deliveredAt   when a post was answered 2xx, or null
 * @param createdAt     when the event happened
 * @param payload       the body posted (JSON)
 */
public record WebhookDelivery(long id, long webhookId, String eventType, String eventId, String status, int attempts,
                              Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError,
                              Instant deliveredAt, Instant createdAt, String payload) {
}

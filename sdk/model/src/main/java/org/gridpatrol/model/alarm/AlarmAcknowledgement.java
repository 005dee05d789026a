package org.gridpatrol.model.alarm;

/**
 * {@code POST alarms/{id}/acknowledge}: a supervisor has seen the alarm (OPEN ▸ ACKNOWLEDGED).
 *
 * @param version the alarm's version as read; required, a stale one is refused with 409
 * @param note    optional note, at most 2,000 characters
 */
public record AlarmAcknowledgement(Integer version, String note) {
}

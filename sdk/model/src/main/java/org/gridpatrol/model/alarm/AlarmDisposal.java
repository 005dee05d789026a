package org.gridpatrol.model.alarm;

/**
 * {@code POST alarms/{id}/handle}: the end of an alarm's handling (OPEN or ACKNOWLEDGED ▸ HANDLED).
 *
 * @param version     the alarm's version as read; required, a stale one is refused with 409
 * @param disposition CONFIRMED, EXCUSED or FALSE_ALARM
 * @param note        optional note, at most 2,000 characters
 */
public record AlarmDisposal(Integer version, String disposition, String note) {
}

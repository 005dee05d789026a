package org.gridpatrol.desktop.map.api;

import java.time.Instant;

/**
 * Where an alarm still going on began: the first fix that opened it.
 *
 * @param alarmId   the alarm
 * @param officerId its officer
 * @param type      CROSS_ZONE, OFF_POST, STILL, …
 * @param lon       longitude of the opening fix, WGS84
 * @param lat       latitude of the opening fix, WGS84
 * @param startedAt when the condition began
 */
public record AlarmPlace(long alarmId, long officerId, String type, double lon, double lat, Instant startedAt) {
}

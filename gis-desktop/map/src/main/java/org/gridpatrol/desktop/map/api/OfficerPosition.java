package org.gridpatrol.desktop.map.api;

import java.time.Instant;

/**
 * One live position of an officer, as the event stream sends it.
 *
 * @param officerId the officer
 * @param lon       longitude, WGS84
 * @param lat       latitude, WGS84
 * @param time      the fix's time
 * @param accuracy  the accuracy radius in metres
 */
public record OfficerPosition(long officerId, double lon, double lat, Instant time, double accuracy) {
}

package org.gridpatrol.model.alarm;

import java.time.Instant;

/**
 * A fix that opened or closed an alarm, as it was stored (WGS84).
 *
 * @param seq       the device's sequence number of the fix
 * @param time      the fix's own time
 * @param lon       longitude
 * @param lat       latitude
 * @param accuracyM accuracy radius in metres, null when the phone sent none
 * @param mock      the phone flagged it as coming from a mock provider
 */
public record EvidenceFix(long seq, Instant time, double lon, double lat, Float accuracyM, boolean mock) {
}

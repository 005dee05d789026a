package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * One GPS fix as a phone uploads it.
 *
 * @param seq       the device's own sequence number, monotonic per device; makes uploads idempotent
 * @param time      when the fix was taken, by the phone's clock
 * @param lon       longitude in the given {@code crs}
 * @param lat       latitude in the given {@code crs}
 * @param accuracy  horizontal accuracy radius in metres
 * @param speed     speed in m/s, or null
 * @param bearing   bearing in degrees from north, or null
 * @param altitude  altitude in metres, or null
 * @param provider  {@code gps}, {@code network} or {@code fused}
 * @param mock      whether the phone's OS flagged the fix as coming from a mock-location app
 * @param crs       {@code WGS84} (default), {@code CGCS2000} (treated as WGS84) or {@code GCJ02}
 */
public record FixIn(Long seq, Instant time, Double lon, Double lat, Double accuracy, Double speed, Double bearing,
                    Double altitude, String provider, Boolean mock, String crs) {
}

package org.gridpatrol.simulator.patrol;

import java.time.Instant;

/**
 * One location reading as the phone's location service hands it to the app.
 *
 * @param time     the phone's clock
 * @param lon      WGS84 longitude, 7 decimals
 * @param lat      WGS84 latitude, 7 decimals
 * @param accuracy radius in metres
 * @param speed    m/s
 * @param bearing  degrees from north, null when standing
 * @param altitude metres
 * @param provider {@code fused} or {@code gps}
 * @param mock     flagged by the OS as coming from a mock-location app
 */
public record Sample(Instant time, double lon, double lat, double accuracy, double speed, Double bearing,
                     double altitude, String provider, boolean mock) {
}

package org.gridpatrol.engine.fix;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One GPS position reported by an officer's device, already converted to WGS84.
 *
 * @param time     the device's own time of the position (not the server's receive time)
 * @param lon      longitude, degrees EPSG:4326
 * @param lat      latitude, degrees EPSG:4326
 * @param accuracy horizontal accuracy radius in metres as the device reports it; 0 when unknown
 * @param speed    speed in m/s as the device reports it; NaN when unknown
 * @param provider the location provider ("gps", "network", "fused", …); never null
 * @param mock     the device flagged the position as coming from a mock-location provider
 * @param seq      the device's sequence number; increases with every fix the device takes, 0 when unknown
 */
public record Fix(Instant time, double lon, double lat, double accuracy, double speed,
                  String provider, boolean mock, long seq) {

    /** Processing order: the fix's own time, ties broken by the device's sequence number. */
    public static final Comparator<Fix> TIME_ORDER =
            Comparator.comparing(Fix::time).thenComparingLong(Fix::seq);

    public Fix {
        Objects.requireNonNull(time, "time");
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("not a lon/lat position: " + lon + ", " + lat);
        }
        // An unknown or nonsensical accuracy must not shrink the zone tolerance below its floor.
        accuracy = Double.isFinite(accuracy) && accuracy > 0 ? accuracy : 0;
        provider = provider == null ? "" : provider;
    }

    /** A plain GPS fix with a good accuracy, for callers that have nothing more to say. */
    public static Fix of(long seq, Instant time, double lon, double lat) {
        return new Fix(time, lon, lat, 5, Double.NaN, "gps", false, seq);
    }

    public long millis() {
        return time.toEpochMilli();
    }

    /** Same position, time and flags, taken from a mock provider. */
    public Fix mocked() {
        return new Fix(time, lon, lat, accuracy, speed, provider, true, seq);
    }
}

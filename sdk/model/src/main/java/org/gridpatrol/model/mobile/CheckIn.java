package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * An officer checking in at a checkpoint by scanning its QR code or NFC tag.
 *
 * @param tagValue the scanned QR code value or NFC tag id
 * @param at       when, by the phone's clock
 * @param lon      where the phone stood (WGS84, or GCJ-02 with {@code crs})
 * @param lat      where the phone stood
 * @param accuracy accuracy radius in metres
 * @param crs      {@code WGS84} (default) or {@code GCJ02}
 */
public record CheckIn(String tagValue, Instant at, Double lon, Double lat, Double accuracy, String crs) {
}

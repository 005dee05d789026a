package org.gridpatrol.model.attendance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One clock-in or clock-out as stored.
 *
 * @param kind        IN or OUT
 * @param at          the time by the phone's clock
 * @param lon         where (WGS84), or null when the phone sent no position
 * @param lat         where (WGS84), or null
 * @param accuracyM   the position's accuracy radius in metres, or null
 * @param faceVerdict the selfie check's verdict, or null when none was made
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClockRecord(String kind, Instant at, Double lon, Double lat, Float accuracyM, String faceVerdict) {
}

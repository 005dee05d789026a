package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * An officer clocking in or out on the phone, where he stands.
 *
 * @param kind          {@code IN} or {@code OUT}
 * @param at            when, by the phone's clock
 * @param lon           WGS84 longitude (or in {@code crs})
 * @param lat           WGS84 latitude (or in {@code crs})
 * @param accuracy      accuracy radius in metres
 * @param crs           {@code WGS84} (default) or {@code GCJ02}
 * @param selfiePhotoId a selfie uploaded for face check-in, or null
 * @param faceVerdict   the phone's face-match verdict: MATCH, MISMATCH, NO_FACE, NOT_CHECKED or ERROR
 * @param faceScore     the phone's face-match score, 0–1
 */
public record ClockEvent(String kind, Instant at, Double lon, Double lat, Double accuracy, String crs,
                         Long selfiePhotoId, String faceVerdict, Double faceScore) {
}

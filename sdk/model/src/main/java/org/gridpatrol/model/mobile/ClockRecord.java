package org.gridpatrol.model.mobile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A clock-in or clock-out as stored, for the supervisor.
 *
 * @param id               the record
 * @param officerId        who
 * @param kind             {@code IN} or {@code OUT}
 * @param at               when, by the phone's clock
 * @param lon              WGS84 longitude
 * @param lat              WGS84 latitude
 * @param selfiePhotoId    the selfie taken, or null
 * @param faceVerdict      the phone's face-match verdict, or null
 * @param faceScore        its score, or null
 * @param faceCheckMissing the shift required a face check and this clock-in came without one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClockRecord(long id, long officerId, String kind, Instant at, Double lon, Double lat, Long selfiePhotoId,
                          String faceVerdict, Double faceScore, boolean faceCheckMissing) {
}

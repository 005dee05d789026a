package org.gridpatrol.model.track;

import java.time.Instant;

/**
 * A photo taken on a replayed track; click-to-view loads {@code marked}.
 *
 * @param id      the photo's id
 * @param kind    {@code EVIDENCE}, {@code SELFIE} or {@code INCIDENT}
 * @param takenAt when the app says it was taken
 * @param lon     where, or null when the phone sent no position
 * @param lat     where, or null when the phone sent no position
 * @param marked  the API path of the watermarked copy, {@code /photos/{id}/marked}
 */
public record TrackPhoto(long id, String kind, Instant takenAt, Double lon, Double lat, String marked) {
}

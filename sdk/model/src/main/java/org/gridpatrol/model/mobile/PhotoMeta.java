package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * What a phone says about a photo it uploads (the {@code meta} part of the upload).
 *
 * @param kind       {@code EVIDENCE}, {@code SELFIE} or {@code INCIDENT}
 * @param takenAt    the time of the fix taken with the photo
 * @param lon        longitude of that fix
 * @param lat        latitude of that fix
 * @param crs        {@code WGS84} (default) or {@code GCJ02}
 * @param incidentId the incident the photo belongs to, for kind INCIDENT
 */
public record PhotoMeta(String kind, Instant takenAt, Double lon, Double lat, String crs, Long incidentId) {
}

package org.gridpatrol.model.incident;

import java.time.Instant;
import java.util.UUID;

/**
 * A case an officer reports from the field (案件上报).
 *
 * @param clientId     the phone's own id for the report: a resent report is stored once
 * @param categoryCode a code of {@code GET /incident-categories}
 * @param description  what the officer saw
 * @param address      where, in words, if the phone knows
 * @param lon          longitude (WGS84, or GCJ-02 with {@code crs})
 * @param lat          latitude
 * @param crs          {@code WGS84} (default) or {@code GCJ02}
 * @param reportedAt   when, by the phone's clock
 */
public record IncidentReport(UUID clientId, String categoryCode, String description, String address, Double lon,
                             Double lat, String crs, Instant reportedAt) {
}

package org.gridpatrol.model.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A reported case as supervisors list it.
 *
 * @param id           the incident's id
 * @param categoryCode its category
 * @param categoryName the category's Chinese name
 * @param description  what the officer saw
 * @param address      where, in words
 * @param lon          WGS84 longitude
 * @param lat          WGS84 latitude
 * @param reportedAt   when it was reported
 * @param state        REPORTED, ACCEPTED, DISPATCHED, RESOLVED, CLOSED or REJECTED
 * @param officerId    who reported it
 * @param officerName  his name
 * @param gridId       the grid it lies in, when any
 * @param orgUnitId    the reporting officer's squad
 * @param photos       how many photos are attached
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Incident(long id, String categoryCode, String categoryName, String description, String address,
                       Double lon, Double lat, Instant reportedAt, String state, long officerId, String officerName,
                       Long gridId, long orgUnitId, int photos) {
}

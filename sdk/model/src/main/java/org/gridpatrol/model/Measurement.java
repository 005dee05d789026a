package org.gridpatrol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Geodesic measures of a geometry, computed by PostGIS on the WGS84 spheroid.
 *
 * @param geometry      the geometry as PostGIS read it, as GeoJSON
 * @param areaM2        area in square metres (0 for points and lines)
 * @param lengthM       length of lines, or perimeter of polygons, in metres
 * @param valid         whether the geometry is valid by OGC rules
 * @param invalidReason PostGIS's reason with the location when not valid, null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measurement(JsonNode geometry, double areaM2, double lengthM, boolean valid, String invalidReason) {
}

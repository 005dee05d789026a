package org.gridpatrol.model.grid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A grid as the server holds it.
 *
 * @param id         the grid's id
 * @param kind       its kind
 * @param name       its name
 * @param code       CJ/T 213 code, or null
 * @param orgUnitId  the owning org unit
 * @param geometry   GeoJSON MultiPolygon in WGS84
 * @param areaM2     geodesic area in square metres
 * @param perimeterM geodesic perimeter in metres
 * @param version    the version to send back with a change
 * @param validFrom  when this geometry came into force
 * @param validTo    when it was replaced or retired, null while in force
 * @param retiredAt  when the grid was retired, null while live
 * @param warnings   the checks' warnings the supervisor accepted on this save; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GridView(long id, String kind, String name, String code, long orgUnitId, JsonNode geometry,
                       double areaM2, double perimeterM, int version, Instant validFrom, Instant validTo,
                       Instant retiredAt, List<GridFinding> warnings) {

    /**
     * @param accepted the warnings to report with this answer
     * @return a copy carrying them
     */
    public GridView withWarnings(List<GridFinding> accepted) {
        return new GridView(id, kind, name, code, orgUnitId, geometry, areaM2, perimeterM, version, validFrom,
                validTo, retiredAt, accepted.isEmpty() ? null : List.copyOf(accepted));
    }
}

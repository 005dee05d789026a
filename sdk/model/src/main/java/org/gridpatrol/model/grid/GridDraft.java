package org.gridpatrol.model.grid;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A grid as a supervisor submits it for creation, change or a check.
 *
 * @param kind           {@code UNIT_GRID}, {@code RESPONSIBILITY_ZONE} or {@code KEY_AREA}
 * @param name           the grid's name as shown on the map
 * @param code           15-digit CJ/T 213 code; required for unit grids
 * @param orgUnitId      the owning org unit (usually a squad)
 * @param geometry       GeoJSON Polygon or MultiPolygon in WGS84
 * @param version        for a change: the version the editor started from (optimistic locking)
 * @param reason         for a change: why, kept in the geometry history
 * @param acceptWarnings save even though the checks gave warnings
 */
public record GridDraft(String kind, String name, String code, Long orgUnitId, JsonNode geometry,
                        Integer version, String reason, Boolean acceptWarnings) {

    /** @return whether the supervisor accepted the warnings */
    public boolean warningsAccepted() {
        return Boolean.TRUE.equals(acceptWarnings);
    }
}

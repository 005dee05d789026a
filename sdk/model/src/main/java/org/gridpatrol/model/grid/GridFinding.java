package org.gridpatrol.model.grid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One thing the grid checks found: what, where, and with which other grid.
 *
 * @param severity  {@code ERROR} (cannot be saved) or {@code WARNING} (saved when accepted)
 * @param code      machine-readable, e.g. {@code grid.overlap}
 * @param message   a sentence for the supervisor
 * @param location  GeoJSON of the place at fault: the self-intersection point, the overlap area
 * @param grid      the grid it is about, when the request touched several
 * @param otherGrid the grid it clashes with, when there is one
 * @param areaM2    the overlap or gap area in square metres, when it is about an area
 * @param feature   index of the feature in an import, when it is about one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GridFinding(String severity, String code, String message, JsonNode location,
                          GridRef grid, GridRef otherGrid, Double areaM2, Integer feature) {

    /** @return true when the grid cannot be saved with this finding */
    public boolean blocking() {
        return "ERROR".equals(severity);
    }

    /**
     * @param index the feature's index in the import
     * @return a copy naming it
     */
    public GridFinding forFeature(int index) {
        return new GridFinding(severity, code, message, location, grid, otherGrid, areaM2, index);
    }

    /**
     * A grid named in a finding.
     *
     * @param id   its id
     * @param name its name
     * @param code its CJ/T 213 code, or null
     */
    public record GridRef(long id, String name, String code) {
    }
}

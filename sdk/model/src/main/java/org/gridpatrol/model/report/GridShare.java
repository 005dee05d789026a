package org.gridpatrol.model.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How much of one of his grids an officer covered in the period (buffer 20 m).
 *
 * @param gridId        the grid
 * @param name          its name
 * @param gridAreaM2    its area
 * @param coveredAreaM2 the part within 20 m of his cleaned track
 * @param areaShare     covered share, 0..1
 * @param grid          the grid's outline as GeoJSON (for the report's map)
 * @param covered       the covered part as GeoJSON, or null when none
 */
public record GridShare(long gridId, String name, double gridAreaM2, double coveredAreaM2, double areaShare,
                        JsonNode grid, JsonNode covered) {
}

package org.gridpatrol.model.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * How much of a grid one officer's or one squad's patrol came near in a time window.
 *
 * @param gridId        the grid
 * @param officerIds    the officers whose tracks count
 * @param from          start of the window
 * @param to            end of the window
 * @param bufferM       how near a track had to come, metres
 * @param gridAreaM2    the grid's area, square metres
 * @param coveredAreaM2 the grid's area within {@code bufferM} of the cleaned tracks
 * @param areaShare     {@code coveredAreaM2 / gridAreaM2}, 0..1
 * @param streetLengthM length of the streets inside the grid, or null when no road network is loaded
 * @param walkedStreetM length of those streets within the buffer, or null without road network
 * @param streetShare   {@code walkedStreetM / streetLengthM}, 0..1, or null without streets in the grid
 * @param covered       the covered part of the grid as GeoJSON (WGS84), simplified for painting; null when nothing
 * @param previousAreaShare covered share of the grid in the window of the same length just before {@code from},
 *                          when asked for with {@code compare=true}; else null
 * @param areaShareChange   {@code areaShare - previousAreaShare}, when the previous window was asked for; else null
 */
public record GridCoverage(long gridId, List<Long> officerIds, Instant from, Instant to, double bufferM,
                           double gridAreaM2, double coveredAreaM2, double areaShare, Double streetLengthM,
                           Double walkedStreetM, Double streetShare, JsonNode covered,
                           Double previousAreaShare, Double areaShareChange) {
}

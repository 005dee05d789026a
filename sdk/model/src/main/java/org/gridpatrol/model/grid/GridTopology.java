package org.gridpatrol.model.grid;

import java.util.List;

/**
 * The topology report of an org unit's grids of one kind: where they overlap and
 * where they leave gaps inside their union.
 *
 * @param orgUnitId the org unit whose subtree's grids were checked
 * @param kind      the kind of grid checked
 * @param grids     how many live grids were checked
 * @param areaM2    the area of their union
 * @param overlaps  overlaps between two of them, each with both grids, the area and its geometry
 * @param gaps      holes inside their union, each with its area and geometry
 */
public record GridTopology(long orgUnitId, String kind, int grids, double areaM2,
                           List<GridFinding> overlaps, List<GridFinding> gaps) {
}

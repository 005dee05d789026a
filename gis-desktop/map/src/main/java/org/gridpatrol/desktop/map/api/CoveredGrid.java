package org.gridpatrol.desktop.map.api;

import org.locationtech.jts.geom.Geometry;

/**
 * What a squad's patrol covered of one grid today.
 *
 * @param gridId  the grid
 * @param covered the covered part (WGS84), or null when nothing was covered
 * @param share   the covered share of the grid's area, 0..1
 */
public record CoveredGrid(long gridId, Geometry covered, double share) {
}

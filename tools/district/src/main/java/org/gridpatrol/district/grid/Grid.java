package org.gridpatrol.district.grid;

import org.locationtech.jts.geom.Polygon;

/**
 * A grid as stored in {@code grid}: geometry in lon/lat on the 7-decimal grid; code only for unit
 * grids (15-digit CJ/T 213), null for key areas.
 */
public record Grid(long id, GridKind kind, String name, String code, long orgUnitId, Polygon geom) {
}

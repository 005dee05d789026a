package org.gridpatrol.desktop.map.api;

import org.locationtech.jts.geom.Geometry;

/**
 * A grid as the map shows it.
 *
 * @param id        the grid's id
 * @param kind      {@code UNIT_GRID}, {@code RESPONSIBILITY_ZONE} or {@code KEY_AREA}
 * @param name      its name
 * @param code      its CJ/T 213 code, or null
 * @param orgUnitId the owning org unit
 * @param version   the version the server holds
 * @param geometry  its (possibly simplified) polygonal geometry in WGS84 lon/lat
 */
public record MapGrid(long id, String kind, String name, String code, long orgUnitId, int version,
                      Geometry geometry) {
}

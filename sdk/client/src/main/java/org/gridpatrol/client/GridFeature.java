package org.gridpatrol.client;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One grid of the map view ({@code GET /api/v1/grids}), its geometry read into JTS.
 *
 * @param id        the grid's id
 * @param kind      {@code UNIT_GRID}, {@code KEY_AREA}, …
 * @param name      its name
 * @param code      its CJ/T 213 code, or null
 * @param orgUnitId the org unit owning it
 * @param area      its geometry, lon/lat (EPSG:4326)
 */
public record GridFeature(long id, String kind, String name, String code, long orgUnitId, MultiPolygon area) {
}

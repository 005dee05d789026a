package org.gridpatrol.engine.zone;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A grid (网格): a polygon of responsibility. Its id does not depend on who patrols it.
 *
 * @param id   the grid's id
 * @param area a Polygon or MultiPolygon in EPSG:4326, x = longitude, y = latitude
 */
public record Grid(long id, Geometry area) {

    public Grid {
        Objects.requireNonNull(area, "area");
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            throw new IllegalArgumentException("grid " + id + " is not a non-empty (multi)polygon: "
                    + area.getGeometryType());
        }
    }
}

package org.gridpatrol.desktop.replay.coverage;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * What the replayed officers' patrol covered of their grids in the replayed window.
 *
 * @param shapes        the covered part of each grid (WGS84), empty ones left out
 * @param grids         how many (officer, grid) pairs were measured
 * @param gridAreaM2    the measured grids' area, square metres
 * @param coveredAreaM2 the covered part of it, square metres
 */
public record CoveredArea(List<Geometry> shapes, int grids, double gridAreaM2, double coveredAreaM2) {
    /** Nothing measured: no grids assigned in the window. */
    public static final CoveredArea NONE = new CoveredArea(List.of(), 0, 0, 0);

    public CoveredArea {
        shapes = List.copyOf(shapes);
    }

    /** @return the covered share of the grids' area, 0..1, or NaN without grids */
    public double share() {
        return gridAreaM2 > 0 ? coveredAreaM2 / gridAreaM2 : Double.NaN;
    }
}

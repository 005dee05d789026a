package org.gridpatrol.desktop.grid.editing.snap;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where a pointer position lands after snapping.
 *
 * @param at   the lon/lat to use
 * @param kind onto what it snapped
 */
public record Snap(Coordinate at, Kind kind) {

    /** Onto what a position snapped. */
    public enum Kind {
        /** a neighbour's vertex, exactly */
        VERTEX,
        /** a point on a neighbour's edge */
        EDGE,
        /** nothing near: the pointer's own position */
        NONE
    }

    /** @return true when it snapped onto something */
    public boolean snapped() {
        return kind != Kind.NONE;
    }
}

package org.gridpatrol.desktop.map.layers;

/**
 * The layers a user can switch and reorder. The base map is the viewer's tiles, so it stays at
 * the bottom whatever the order; the others are painters drawn over it in the order chosen.
 */
public enum MapLayer {
    /** The tiles: WMS, WMTS, XYZ, an offline folder, or plain paper. */
    BASE_MAP,
    /** Grids coloured by kind, with names. */
    GRIDS,
    /** Today's covered area of the selected grid. */
    COVERAGE,
    /** Checkpoints (巡检点) of the grids in view. */
    CHECKPOINTS,
    /** The path each live officer walked lately. */
    TRAILS,
    /** Rings around officers with an open alarm. */
    ALARMS,
    /** Live officers. */
    OFFICERS
}

/**
 * Grids and where a point stands against them: {@link org.gridpatrol.engine.zone.GridIndex}
 * answers "which grids contain this point" from a precomputed raster, and measures how deep a
 * point is inside a grid in metres, which the zone rules compare with their tolerance.
 */
package org.gridpatrol.engine.zone;

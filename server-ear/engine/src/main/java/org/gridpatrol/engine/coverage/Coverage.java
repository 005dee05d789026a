package org.gridpatrol.engine.coverage;

import org.locationtech.jts.geom.Geometry;

/**
 * How much of a grid some tracks came near.
 *
 * @param gridAreaM2     the grid's area
 * @param coveredAreaM2  the area of the grid within the buffer of the tracks
 * @param streetLengthM  length of the streets inside the grid; 0 when no street was given
 * @param walkedStreetM  length of those streets within the buffer of the tracks
 * @param covered        the covered part of the grid, lon/lat, simplified for painting; empty when nothing is covered
 */
public record Coverage(double gridAreaM2, double coveredAreaM2, double streetLengthM, double walkedStreetM,
                       Geometry covered) {

    /** @return covered share of the grid's area, 0..1 */
    public double areaShare() {
        return gridAreaM2 <= 0 ? 0 : Math.min(1, coveredAreaM2 / gridAreaM2);
    }

    /** @return walked share of the grid's street length, 0..1, or NaN when the grid holds no street */
    public double streetShare() {
        return streetLengthM <= 0 ? Double.NaN : Math.min(1, walkedStreetM / streetLengthM);
    }
}

package org.gridpatrol.desktop.grid.editing.snap;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.locationtech.jts.geom.Coordinate;

/** A map with no display: pixel = (lon − west, north − lat) × pixels per degree. */
public final class LinearProjection implements GeoProjection {
    private final double west;
    private final double north;
    private final double pixelsPerDegree;

    /** @param west lon at x 0; @param north lat at y 0; @param pixelsPerDegree the scale */
    public LinearProjection(double west, double north, double pixelsPerDegree) {
        this.west = west;
        this.north = north;
        this.pixelsPerDegree = pixelsPerDegree;
    }

    @Override
    public Point2D toPixel(Coordinate lonLat) {
        return new Point2D.Double((lonLat.x - west) * pixelsPerDegree, (north - lonLat.y) * pixelsPerDegree);
    }

    @Override
    public Coordinate toGeo(Point2D pixel) {
        return new Coordinate(west + pixel.getX() / pixelsPerDegree, north - pixel.getY() / pixelsPerDegree);
    }
}

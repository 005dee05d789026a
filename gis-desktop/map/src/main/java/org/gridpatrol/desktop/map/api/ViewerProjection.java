package org.gridpatrol.desktop.map.api;

import java.awt.geom.Point2D;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;

/** The projection of a live {@link JXMapViewer}, whatever its zoom and centre are now. */
public final class ViewerProjection implements GeoProjection {
    private final JXMapViewer viewer;

    /** @param viewer the map component */
    public ViewerProjection(JXMapViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public Point2D toPixel(Coordinate lonLat) {
        return viewer.convertGeoPositionToPoint(new GeoPosition(lonLat.y, lonLat.x));
    }

    @Override
    public Coordinate toGeo(Point2D pixel) {
        GeoPosition geo = viewer.convertPointToGeoPosition(pixel);
        return new Coordinate(geo.getLongitude(), geo.getLatitude());
    }
}

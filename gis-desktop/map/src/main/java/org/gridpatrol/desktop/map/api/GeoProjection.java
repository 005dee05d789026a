package org.gridpatrol.desktop.map.api;

import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Coordinate;

/** Between WGS84 lon/lat and the map component's pixels at its current zoom and centre. */
public interface GeoProjection {

    /** @return the component pixel of a lon/lat coordinate ({@code x} = lon, {@code y} = lat) */
    Point2D toPixel(Coordinate lonLat);

    /** @return the lon/lat coordinate under a component pixel */
    Coordinate toGeo(Point2D pixel);
}

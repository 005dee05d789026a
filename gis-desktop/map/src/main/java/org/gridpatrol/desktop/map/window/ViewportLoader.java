package org.gridpatrol.desktop.map.window;

import java.awt.Point;
import javax.swing.Timer;
import org.gridpatrol.desktop.map.feed.GridFeed;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;

/**
 * Reloads the grids in view a moment after the map stops moving, with a box half a screen
 * larger on every side and a simplification of about half a pixel.
 */
final class ViewportLoader {
    private final Timer settle;

    ViewportLoader(JXMapViewer map, GridFeed feed) {
        settle = new Timer(300, e -> loadNow(map, feed));
        settle.setRepeats(false);
        map.addPropertyChangeListener("zoom", e -> settle.restart());
        map.addPropertyChangeListener("center", e -> settle.restart());
    }

    static void loadNow(JXMapViewer map, GridFeed feed) {
        int w = map.getWidth();
        int h = map.getHeight();
        if (w == 0 || h == 0) {
            return;
        }
        GeoPosition nw = map.convertPointToGeoPosition(new Point(-w / 2, -h / 2));
        GeoPosition se = map.convertPointToGeoPosition(new Point(w + w / 2, h + h / 2));
        GeoPosition west = map.convertPointToGeoPosition(new Point(0, h / 2));
        GeoPosition east = map.convertPointToGeoPosition(new Point(w, h / 2));
        double metresPerPixel = (east.getLongitude() - west.getLongitude()) * 111_320
                * Math.cos(Math.toRadians(west.getLatitude())) / w;
        double simplify = metresPerPixel < 1 ? 0 : metresPerPixel * 0.5;
        feed.loadView(Math.max(-180, nw.getLongitude()), Math.max(-90, se.getLatitude()),
                Math.min(180, se.getLongitude()), Math.min(90, nw.getLatitude()), simplify);
    }
}

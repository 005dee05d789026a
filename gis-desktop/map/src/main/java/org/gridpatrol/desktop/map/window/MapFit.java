package org.gridpatrol.desktop.map.window;

import java.awt.geom.Point2D;
import java.util.Collection;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.jxmapviewer.viewer.TileFactory;
import org.locationtech.jts.geom.Envelope;

/** Brings grids into view: the box around them centred, at the most detailed zoom that shows all of it. */
final class MapFit {
    private MapFit() {
    }

    /** Centres on the grids' box with a tenth of its size around it; does nothing for no grids. */
    static void toGrids(JXMapViewer map, Collection<MapGrid> grids) {
        if (grids.isEmpty()) {
            return;
        }
        Envelope box = new Envelope();
        grids.forEach(g -> box.expandToInclude(g.geometry().getEnvelopeInternal()));
        box.expandBy(box.getWidth() * 0.1, box.getHeight() * 0.1);
        fit(map, box);
    }

    /** Centres on a box at the most detailed zoom that shows all of it within 90 % of the map. */
    static void fit(JXMapViewer map, Envelope box) {
        TileFactory tiles = map.getTileFactory();
        int zoom = tiles.getInfo().getMaximumZoomLevel();
        for (int z = tiles.getInfo().getMinimumZoomLevel(); z <= tiles.getInfo().getMaximumZoomLevel(); z++) {
            Point2D sw = tiles.geoToPixel(new GeoPosition(box.getMinY(), box.getMinX()), z);
            Point2D ne = tiles.geoToPixel(new GeoPosition(box.getMaxY(), box.getMaxX()), z);
            if (ne.getX() - sw.getX() <= map.getWidth() * 0.9 && sw.getY() - ne.getY() <= map.getHeight() * 0.9) {
                zoom = z;
                break;
            }
        }
        map.setZoom(zoom);
        map.setCenterPosition(new GeoPosition((box.getMinY() + box.getMaxY()) / 2, (box.getMinX() + box.getMaxX()) / 2));
    }
}

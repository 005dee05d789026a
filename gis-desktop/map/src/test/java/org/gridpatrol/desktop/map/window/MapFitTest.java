package org.gridpatrol.desktop.map.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.basemap.PlainTileFactory;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Zooming to a grid or a squad's grids: their centre in the middle of the map, all of them in view, as close as fits. */
class MapFitTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static MapGrid grid(long id, long unit, double minLon, double minLat, double maxLon, double maxLat) {
        return new MapGrid(id, "UNIT_GRID", "网格" + id, null, unit, 0,
                GEOMETRY.toGeometry(new Envelope(minLon, maxLon, minLat, maxLat)));
    }

    private static JXMapViewer viewer() {
        JXMapViewer map = new JXMapViewer();
        map.setTileFactory(new PlainTileFactory());
        map.setSize(1000, 700);
        map.setZoom(9);
        map.setCenterPosition(new GeoPosition(31.0, 116.0));
        return map;
    }

    @Test
    void zoomingToAGridPutsItsCentreInTheMiddleOfTheMapAndAllOfItInView() {
        JXMapViewer map = viewer();
        MapGrid grid = grid(1, 7, 117.351, 32.921, 117.357, 32.925);
        MapFit.toGrids(map, List.of(grid));
        Point2D centre = map.convertGeoPositionToPoint(new GeoPosition(32.923, 117.354));
        assertEquals(500, centre.getX(), 1.0);
        assertEquals(350, centre.getY(), 1.0);
        assertInView(map, grid);
        int fitted = map.getZoom();
        map.setZoom(fitted - 1);
        Point2D sw = map.convertGeoPositionToPoint(new GeoPosition(32.921, 117.351));
        Point2D ne = map.convertGeoPositionToPoint(new GeoPosition(32.925, 117.357));
        assertTrue(ne.getX() - sw.getX() > 1000 * 0.9 / 1.1 || sw.getY() - ne.getY() > 700 * 0.9 / 1.1,
                "one level closer would not show it all with its margin");
    }

    @Test
    void zoomingToASquadShowsAllOfItsGrids() {
        JXMapViewer map = viewer();
        List<MapGrid> squad = List.of(grid(1, 7, 117.30, 32.90, 117.32, 32.92), grid(2, 7, 117.38, 32.95, 117.40, 32.96));
        MapFit.toGrids(map, squad);
        squad.forEach(g -> assertInView(map, g));
        Point2D centre = map.convertGeoPositionToPoint(new GeoPosition(32.93, 117.35));
        assertEquals(500, centre.getX(), 1.0);
        assertEquals(350, centre.getY(), 1.0);
    }

    private static void assertInView(JXMapViewer map, MapGrid grid) {
        Envelope e = grid.geometry().getEnvelopeInternal();
        Rectangle view = new Rectangle(0, 0, map.getWidth(), map.getHeight());
        assertTrue(view.contains(map.convertGeoPositionToPoint(new GeoPosition(e.getMinY(), e.getMinX()))), "south-west corner");
        assertTrue(view.contains(map.convertGeoPositionToPoint(new GeoPosition(e.getMaxY(), e.getMaxX()))), "north-east corner");
    }
}

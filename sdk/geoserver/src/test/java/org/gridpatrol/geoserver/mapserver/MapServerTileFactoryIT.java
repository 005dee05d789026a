package org.gridpatrol.geoserver.mapserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.http.WmsClient;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.tiles.FetchingTileFactory;
import org.gridpatrol.geoserver.tiles.TileDiskCache;
import org.gridpatrol.geoserver.tiles.TileFetcher;
import org.gridpatrol.geoserver.tiles.WebMercator;
import org.gridpatrol.geoserver.tiles.WmsTileSource;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;

/** A JXMapViewer drawn off-screen over the WMS tile factory, with MapServer serving the demo's grids. */
class MapServerTileFactoryIT {

    @Test
    void theViewerDrawsTheGridFillUnderAPointInsideAUnitGrid() throws Exception {
        DemoMapServer server = DemoMapServer.get();
        double[] inside;
        try (Connection c = server.jdbc(); ResultSet r = c.createStatement().executeQuery("""
                SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(ST_Buffer(geom::geography, -40)::geometry) AS p
                FROM grid g WHERE kind = 'UNIT_GRID' AND retired_at IS NULL AND area_m2 > 40000
                AND NOT EXISTS (SELECT 1 FROM grid k WHERE k.kind = 'KEY_AREA' AND ST_Intersects(k.geom, g.geom))
                ORDER BY id LIMIT 1) x""")) {
            r.next();
            inside = new double[] {r.getDouble(1), r.getDouble(2)};
        }
        WmsCapabilities caps = new WmsClient(new OgcHttp(OgcHttp.Settings.defaults())).capabilities(server.host.url(), "1.3.0");
        WmsTileSource source = new WmsTileSource(caps, caps.layer("grids").orElseThrow(), "");
        TileFetcher fetcher = new TileFetcher(new OgcHttp(OgcHttp.Settings.defaults()),
                new TileDiskCache(Files.createTempDirectory(server.work, "viewer-cache"), 50_000_000));
        JXMapViewer viewer = new JXMapViewer();
        viewer.setTileFactory(new FetchingTileFactory(source, fetcher));
        viewer.setSize(512, 512);
        int level = WebMercator.TOTAL_ZOOM - 16;
        viewer.setZoom(level);
        GeoPosition centre = new GeoPosition(inside[1], inside[0]);
        viewer.setCenterPosition(centre);
        Point2D world = viewer.getTileFactory().geoToPixel(centre, level);
        var bounds = viewer.getViewportBounds();
        int x = (int) Math.round(world.getX() - bounds.getX());
        int y = (int) Math.round(world.getY() - bounds.getY());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int pixel;
        do {
            Thread.sleep(100);
            pixel = paint(viewer).getRGB(x, y) & 0xFFFFFF;
        } while (pixel != MapServerWmsIT.GRID_FILL && System.nanoTime() < deadline);
        assertEquals(MapServerWmsIT.GRID_FILL, pixel, "the unit grid's fill under " + inside[0] + "," + inside[1]
                + " asked in " + WmsTileSource.pickCrs(caps.layer("grids").orElseThrow()));
    }

    private static BufferedImage paint(JXMapViewer viewer) {
        BufferedImage image = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        viewer.paint(g);
        g.dispose();
        return image;
    }
}

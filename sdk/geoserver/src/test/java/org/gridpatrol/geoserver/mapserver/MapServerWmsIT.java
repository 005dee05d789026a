package org.gridpatrol.geoserver.mapserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.imageio.ImageIO;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.http.WmsClient;
import org.gridpatrol.geoserver.ogc.BoundingBox;
import org.gridpatrol.geoserver.ogc.GetMapRequest;
import org.gridpatrol.geoserver.ogc.ServiceExceptionAnswer;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmsLayer;
import org.gridpatrol.geoserver.tiles.TileDiskCache;
import org.gridpatrol.geoserver.tiles.TileFetcher;
import org.gridpatrol.geoserver.tiles.WebMercator;
import org.gridpatrol.geoserver.tiles.WmsTileSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WMS client against a real MapServer serving the demo district from a private PostGIS. */
class MapServerWmsIT {
    static final int GRID_FILL = 0xFFD666;   // unit grid fill of tools/basemap/demo.map.in
    static final int BACKGROUND = 0xF4F1EA;  // IMAGECOLOR of the same mapfile
    static DemoMapServer server;
    static WmsClient wms;
    static double[] inside;   // lon/lat well inside a unit grid, away from key-area outlines
    static double[] outside;  // lon/lat east of every grid

    @BeforeAll
    static void start() throws Exception {
        server = DemoMapServer.get();
        wms = new WmsClient(new OgcHttp(OgcHttp.Settings.defaults()));
        try (Connection c = server.jdbc(); ResultSet r = c.createStatement().executeQuery("""
                WITH p AS (SELECT ST_PointOnSurface(ST_Buffer(geom::geography, -40)::geometry) AS pt
                           FROM grid g WHERE kind = 'UNIT_GRID' AND retired_at IS NULL AND area_m2 > 40000)
                SELECT ST_X(pt), ST_Y(pt) FROM p
                WHERE NOT EXISTS (SELECT 1 FROM grid k WHERE k.kind = 'KEY_AREA'
                                  AND ST_DWithin(ST_Boundary(k.geom), p.pt, 0.0006))
                LIMIT 1""")) {
            assertTrue(r.next(), "the demo district has a unit grid away from key areas");
            inside = new double[] {r.getDouble(1), r.getDouble(2)};
        }
        try (Connection c = server.jdbc(); ResultSet r = c.createStatement().executeQuery(
                "SELECT ST_XMax(ST_Extent(geom)) + 0.01, (ST_YMin(ST_Extent(geom)) + ST_YMax(ST_Extent(geom))) / 2 FROM grid")) {
            r.next();
            outside = new double[] {r.getDouble(1), r.getDouble(2)};
        }
    }

    @Test
    void wms111CapabilitiesListTheDemoLayersWithTheirCrsAndExtent() throws Exception {
        WmsCapabilities caps = wms.capabilities(server.host.url(), "1.1.1");
        assertEquals("1.1.1", caps.version());
        assertTrue(caps.mapFormats().contains("image/png"), caps.mapFormats().toString());
        WmsLayer grids = caps.layer("grids").orElseThrow();
        assertTrue(caps.layer("roads").isPresent());
        assertTrue(grids.offers("EPSG:3857") && grids.offers("EPSG:4326") && grids.offers("EPSG:4490"), grids.crs().toString());
        assertTrue(grids.geographic().contains(inside[0], inside[1]), grids.geographic() + " holds " + inside[0] + "," + inside[1]);
        assertEquals(server.host.url().getPort(), caps.getMapUrl().getPort());
    }

    @Test
    void wms130BoxesInEpsg4326AreLatitudeFirstOnTheWireAndEastFirstWhenRead() throws Exception {
        WmsCapabilities caps = wms.capabilities(server.host.url(), "1.3.0");
        assertEquals("1.3.0", caps.version());
        BoundingBox box = caps.layer("grids").orElseThrow().box("EPSG:4326").orElseThrow();
        assertTrue(box.minX() > 117 && box.minX() < 118, "longitude read as x: " + box);
        assertTrue(box.minY() > 32 && box.minY() < 33.5, "latitude read as y: " + box);
    }

    @Test
    void getMap130InEpsg4326ShowsTheGridFillInsideAGridAndTheBackgroundOutside() throws Exception {
        WmsCapabilities caps = wms.capabilities(server.host.url(), "1.3.0");
        double d = 0.002;
        BufferedImage in = wms.map(caps.getMapUrl(), new GetMapRequest("1.3.0", "grids", "",
                new BoundingBox("EPSG:4326", inside[0] - d, inside[1] - d, inside[0] + d, inside[1] + d), 256, 256, "image/png", false));
        assertEquals(GRID_FILL, in.getRGB(128, 128) & 0xFFFFFF, "centre pixel is inside the grid");
        BufferedImage out = wms.map(caps.getMapUrl(), new GetMapRequest("1.3.0", "grids,roads", "",
                new BoundingBox("EPSG:4326", outside[0] - d, outside[1] - d, outside[0] + d, outside[1] + d), 256, 256, "image/png", false));
        assertEquals(BACKGROUND, out.getRGB(128, 128) & 0xFFFFFF, "centre pixel is outside every grid");
    }

    @Test
    void getMap111InWebMercatorTileShowsTheGridFillWhereTheGridIs() throws Exception {
        WmsCapabilities caps = wms.capabilities(server.host.url(), "1.1.1");
        int z = 16;
        int[] tile = WebMercator.tileAt(inside[0], inside[1], z);
        WmsTileSource source = new WmsTileSource("grids", caps.getMapUrl(), "1.1.1", "grids", "", "image/png", "EPSG:3857");
        URI url = URI.create(source.getTileUrl(tile[0], tile[1], WebMercator.TOTAL_ZOOM - z));
        assertTrue(url.getQuery().contains("SRS=EPSG:3857"), url.toString());
        Path folder = Files.createTempDirectory(server.work, "tiles");
        byte[] png = new TileFetcher(new OgcHttp(OgcHttp.Settings.defaults()), new TileDiskCache(folder, 10_000_000)).fetch(url);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixel = pixelInTile(inside[0], inside[1], z, tile);
        assertEquals(GRID_FILL, image.getRGB(pixel[0], pixel[1]) & 0xFFFFFF, "pixel " + pixel[0] + "," + pixel[1]);

        // the tile is on disk: a cache opened anew on the same folder (a restarted desktop) has it
        TileDiskCache reopened = new TileDiskCache(folder, 10_000_000);
        assertTrue(reopened.size() >= png.length);
        assertNotNull(reopened.get(url.toString()).orElse(null));
    }

    @Test
    void anUnknownLayerIsRefusedWithTheServersServiceException() throws Exception {
        WmsCapabilities caps = wms.capabilities(server.host.url(), "1.3.0");
        ServiceExceptionAnswer refused = assertThrows(ServiceExceptionAnswer.class, () -> wms.map(caps.getMapUrl(),
                new GetMapRequest("1.3.0", "no_such_layer", "", new BoundingBox("EPSG:4326", 117.3, 32.9, 117.31, 32.91),
                        64, 64, "image/png", false)));
        assertEquals("LayerNotDefined", refused.code());
        assertTrue(refused.chinese().contains("拒绝"));
    }

    private static int[] pixelInTile(double lon, double lat, int z, int[] tile) {
        double n = 1L << z;
        double rad = Math.toRadians(lat);
        double x = (lon + 180) / 360 * n;
        double y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n;
        return new int[] {(int) ((x - tile[0]) * 256), (int) ((y - tile[1]) * 256)};
    }
}

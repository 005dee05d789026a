package org.gridpatrol.geoserver.mapserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.gridpatrol.geoserver.tiles.TileFetcher;
import org.gridpatrol.geoserver.tiles.WebMercator;
import org.gridpatrol.geoserver.tiles.XyzTileSource;
import org.junit.jupiter.api.Test;

/** tools/basemap/render-tiles.sh makes the demo's offline base map, and the folder source reads it. */
class DemoTileFolderIT {
    static final int DISTRICT = 0xE8E4D8;   // the district's fill in tools/basemap/demo.map.in
    static final int BACKGROUND = 0xF4F1EA;

    @Test
    void theDemoDistrictIsRenderedIntoAFolderOfTilesTheDesktopReads() throws Exception {
        DemoMapServer server = DemoMapServer.get();
        Path out = server.work.resolve("tiles-demo");
        deleteTree(out);   // render anew: a folder marked complete would be kept as it is
        ProcessBuilder render = new ProcessBuilder("bash", server.root.resolve("tools/basemap/render-tiles.sh").toString(),
                "--dir", server.work.resolve("pg").toString(), "--out", out.toString(), "--zooms", "14-15")
                .redirectErrorStream(true);
        Process p = render.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        assertEquals("14-15", Files.readString(out.resolve(".complete")).strip());

        double[] inside;
        try (Connection c = server.jdbc(); ResultSet r = c.createStatement().executeQuery("""
                SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(ST_Buffer(ST_Union(geom)::geography, -200)::geometry) AS p
                FROM grid WHERE retired_at IS NULL) x""")) {
            r.next();
            inside = new double[] {r.getDouble(1), r.getDouble(2)};
        }
        int z = 15;
        int[] tile = WebMercator.tileAt(inside[0], inside[1], z);
        XyzTileSource folder = XyzTileSource.folder("demo", out);
        assertTrue(folder.isFolder());
        TileFetcher fetcher = new TileFetcher(new OgcHttp(OgcHttp.Settings.defaults()), null);
        byte[] png = fetcher.fetch(URI.create(folder.getTileUrl(tile[0], tile[1], WebMercator.TOTAL_ZOOM - z)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(256, image.getWidth());
        int district = 0;
        int other = 0;
        for (int y = 0; y < 256; y += 8) {
            for (int x = 0; x < 256; x += 8) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb == DISTRICT) {
                    district++;
                } else if (rgb == BACKGROUND) {
                    other++;
                }
            }
        }
        assertTrue(district > 600, "a tile inside the district is mostly district fill between streets: " + district + " of 1024");
        assertEquals(0, other, "no background inside the district");
        assertNull(fetcher.fetch(URI.create(folder.getTileUrl(0, 0, WebMercator.TOTAL_ZOOM - z))),
                "a tile outside the rendered area is simply absent");
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

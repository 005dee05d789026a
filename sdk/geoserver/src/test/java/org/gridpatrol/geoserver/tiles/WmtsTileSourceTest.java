package org.gridpatrol.geoserver.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsCapabilitiesReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WmtsTileSourceTest {
    static WmtsCapabilities caps;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = WmtsTileSourceTest.class.getResourceAsStream(
                "/org/gridpatrol/geoserver/ogc/geoserver-2.24-wmts-capabilities.xml")) {
            caps = new WmtsCapabilitiesReader().read(in.readAllBytes(), URI.create("http://gis.bureau.local:8080/geoserver/gwc/service/wmts"));
        }
    }

    @Test
    void theViewersZoomPicksTheMatrixOfTheSameScaleAndTheTileOfTheSamePlace() {
        var layer = caps.layer("bengbu:basemap").orElseThrow();
        var set = caps.tileMatrixSet("EPSG:900913").orElseThrow();
        WmtsTileSource source = new WmtsTileSource(caps, layer, set, "image/png", "bengbu:day");
        int[] tile = WebMercator.tileAt(117.36, 32.93, 16);
        String url = source.getTileUrl(tile[0], tile[1], WebMercator.TOTAL_ZOOM - 16);
        assertEquals("http://gis.bureau.local:8080/geoserver/gwc/service/wmts/rest/bengbu:basemap/bengbu:day/EPSG:900913/"
                + "EPSG:900913:16/" + tile[1] + "/" + tile[0] + "?format=image/png", url);
        assertEquals(0, source.getMinimumZoomLevel(), "z 19 is the set's most detailed matrix");
        assertEquals(WebMercator.TOTAL_ZOOM, source.getMaximumZoomLevel());
    }

    @Test
    void aRegularWebMercatorSetBecomesAnXyzTemplateThatGivesTheSameUrls() {
        var layer = caps.layer("bengbu:basemap").orElseThrow();
        var set = caps.tileMatrixSet("EPSG:900913").orElseThrow();
        String template = WmtsXyzTemplate.of(caps, layer, set, "image/png", "bengbu:day").orElseThrow();
        WmtsTileSource source = new WmtsTileSource(caps, layer, set, "image/png", "bengbu:day");
        XyzTileSource xyz = new XyzTileSource("t", template);
        for (int z : new int[] {12, 15, 18}) {
            int[] t = WebMercator.tileAt(117.36, 32.93, z);
            int level = WebMercator.TOTAL_ZOOM - z;
            assertEquals(source.getTileUrl(t[0], t[1], level), xyz.getTileUrl(t[0], t[1], level));
        }
        String kvp = WmtsXyzTemplate.of(caps, caps.layer("bengbu:roads").orElseThrow(), set, "image/png", "line").orElseThrow();
        assertTrue(kvp.endsWith("&TILEMATRIXSET=EPSG:900913&TILEMATRIX=EPSG:900913:{z}&TILEROW={y}&TILECOL={x}"), kvp);
    }

    @Test
    void aGeographicSetIsNotLaidOnTheMercatorViewer() {
        var set = caps.tileMatrixSet("CGCS2000").orElseThrow();
        assertFalse(WmtsTileSource.supports(set));
        assertTrue(WmtsXyzTemplate.of(caps, caps.layer("bengbu:basemap").orElseThrow(), set, "image/png", "bengbu:day").isEmpty());
    }
}

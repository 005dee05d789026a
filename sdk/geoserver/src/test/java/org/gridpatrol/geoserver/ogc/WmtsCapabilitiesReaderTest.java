package org.gridpatrol.geoserver.ogc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.gridpatrol.geoserver.tiles.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WmtsCapabilitiesReaderTest {
    static final URI ADDRESS = URI.create("http://gis.bureau.local:8080/geoserver/gwc/service/wmts");
    static WmtsCapabilities caps;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = WmtsCapabilitiesReaderTest.class.getResourceAsStream("geoserver-2.24-wmts-capabilities.xml")) {
            caps = new WmtsCapabilitiesReader().read(in.readAllBytes(), ADDRESS);
        }
    }

    @Test
    void aGeoServerDocumentGivesLayersStylesFormatsAndTileMatrixSets() {
        WmtsLayer base = caps.layer("bengbu:basemap").orElseThrow();
        assertEquals(List.of("bengbu:day", "bengbu:night"), base.styles(), "the default style comes first");
        assertEquals(List.of("image/png", "image/jpeg"), base.formats());
        assertEquals(List.of("EPSG:900913", "CGCS2000"), base.tileMatrixSets());
        assertTrue(base.geographic().contains(117.36, 32.93));
        assertEquals(2, caps.layers().size());
        assertEquals(20, caps.tileMatrixSet("EPSG:900913").orElseThrow().matrices().size());
        assertEquals(URI.create("http://gis.bureau.local:8080/geoserver/gwc/service/wmts?"), caps.getTileUrl());
    }

    @Test
    void aWebMercatorSetMatchesTheXyzTileOfTheSameZoom() {
        TileMatrixSet set = caps.tileMatrixSet("EPSG:900913").orElseThrow();
        assertTrue(set.isWebMercator());
        int z = 15;
        TileMatrix m = set.atScale(WebMercator.SCALE_AT_Z0 / (1 << z)).orElseThrow();
        assertEquals("EPSG:900913:15", m.identifier());
        var centre = WebMercator.tileBox(26_999, 13_190, z);
        long[] tile = m.tileAt(set.crs(), (centre.minX() + centre.maxX()) / 2, (centre.minY() + centre.maxY()) / 2);
        assertArrayEquals(new long[] {26_999, 13_190}, tile);
    }

    @Test
    void aCgcs2000SetReadsItsLatitudeFirstCornerAndCutsDegrees() {
        TileMatrixSet set = caps.tileMatrixSet("CGCS2000").orElseThrow();
        assertEquals("EPSG:4490", Crs.normalize(set.crs()));
        TileMatrix level1 = set.matrices().get(0);
        assertEquals(-180, level1.left(), 1e-9);
        assertEquals(90, level1.top(), 1e-9);
        assertEquals(180, level1.pixelSpan(set.crs()) * 256, 1e-6, "level 1 is two 180° tiles");
        TileMatrix level14 = set.matrices().get(13);
        double span = 360.0 / (1 << 14);
        long[] tile = level14.tileAt(set.crs(), 117.36, 32.93);
        assertArrayEquals(new long[] {(long) Math.floor((117.36 + 180) / span), (long) Math.floor((90 - 32.93) / span)}, tile);
        BoundingBox box = level14.tileBox(set.crs(), tile[0], tile[1]);
        assertTrue(box.contains(117.36, 32.93), box.toString());
    }

    @Test
    void getTileIsWrittenThroughTheRestTemplateOrAsKvp() {
        WmtsLayer base = caps.layer("bengbu:basemap").orElseThrow();
        GetTileRequest request = new GetTileRequest("bengbu:basemap", "bengbu:day", "image/png", "EPSG:900913",
                "EPSG:900913:15", 13_190, 26_999);
        assertEquals("http://gis.bureau.local:8080/geoserver/gwc/service/wmts/rest/bengbu:basemap/bengbu:day/EPSG:900913/"
                + "EPSG:900913:15/13190/26999?format=image/png", request.toUri(caps, base).toString());
        WmtsLayer roads = caps.layer("bengbu:roads").orElseThrow();
        GetTileRequest kvp = new GetTileRequest("bengbu:roads", "line", "image/png", "EPSG:900913", "EPSG:900913:15", 1, 2);
        assertEquals("http://gis.bureau.local:8080/geoserver/gwc/service/wmts?SERVICE=WMTS&VERSION=1.0.0&REQUEST=GetTile"
                + "&LAYER=bengbu:roads&STYLE=line&FORMAT=image%2Fpng&TILEMATRIXSET=EPSG:900913&TILEMATRIX=EPSG:900913:15"
                + "&TILEROW=1&TILECOL=2", kvp.toUri(caps, roads).toString());
    }

    @Test
    void anOwsExceptionReportBecomesTheServersRefusal() {
        byte[] report = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ows:ExceptionReport version="1.1.0" xmlns:ows="http://www.opengis.net/ows/1.1">
                  <ows:Exception exceptionCode="TileOutOfRange" locator="TILEROW">
                    <ows:ExceptionText>Row 99 is out of range, min: 0 max:1</ows:ExceptionText>
                  </ows:Exception>
                </ows:ExceptionReport>""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ServiceExceptionAnswer refused = assertThrows(ServiceExceptionAnswer.class,
                () -> new WmtsCapabilitiesReader().read(report, ADDRESS));
        assertEquals("TileOutOfRange", refused.code());
        assertTrue(refused.text().contains("out of range"));
    }

    @Test
    void wmsCapabilitiesAreNotTakenForAWmts() {
        byte[] wms = "<WMS_Capabilities xmlns=\"http://www.opengis.net/wms\" version=\"1.3.0\"/>".getBytes();
        NotAMapServiceException e = assertThrows(NotAMapServiceException.class,
                () -> new WmtsCapabilitiesReader().read(wms, ADDRESS));
        assertTrue(e.english().contains("not a WMTS"), e.english());
    }
}

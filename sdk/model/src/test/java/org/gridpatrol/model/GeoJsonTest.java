package org.gridpatrol.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

class GeoJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeoJson geoJson = new GeoJson(100);

    private JsonNode parse(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void polygonRoundTripsAndReadsAsMultiPolygon() throws Exception {
        JsonNode square = parse("{\"type\":\"Polygon\",\"coordinates\":[[[117.0,32.0],[117.01,32.0],[117.01,32.01],[117.0,32.0]]]}");
        MultiPolygon read = geoJson.readPolygonal(square);
        assertEquals(4326, read.getSRID());
        assertEquals(4, read.getNumPoints());
        Geometry back = geoJson.read(GeoJson.write(read.getGeometryN(0)));
        assertEquals(read.getGeometryN(0), back);
    }

    @Test
    void pointIsWrittenAsOnePosition() throws Exception {
        Geometry point = geoJson.read(parse("{\"type\":\"Point\",\"coordinates\":[117.3,32.9]}"));
        assertEquals("[117.3,32.9]", GeoJson.write(point).get("coordinates").toString());
    }

    @Test
    void latitudeOutOfRangeNamesTheVertex() throws Exception {
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> geoJson.read(
                parse("{\"type\":\"LineString\",\"coordinates\":[[117,32],[117,95]]}")));
        assertEquals("geojson.coordinate-out-of-range", e.code());
        assertEquals("/coordinates/1", e.pointer());
    }

    @Test
    void openRingIsRefused() throws Exception {
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> geoJson.read(
                parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}")));
        assertEquals("geojson.ring-not-closed", e.code());
    }

    @Test
    void tooManyVerticesAreRefusedBeforeBuilding() throws Exception {
        StringBuilder ring = new StringBuilder("[[0,0]");
        for (int i = 1; i < 200; i++) {
            ring.append(",[").append(i * 0.0001).append(",0.001]");
        }
        ring.append(",[0,0]]");
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> geoJson.read(
                parse("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")));
        assertEquals("geojson.too-many-vertices", e.code());
    }

    @Test
    void lineStringIsNotAGridShape() throws Exception {
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> geoJson.readPolygonal(
                parse("{\"type\":\"LineString\",\"coordinates\":[[117,32],[117.1,32]]}")));
        assertEquals("geojson.wrong-type", e.code());
    }
}

package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GeoJSON in, PostGIS geodesic functions, GeoJSON out: the spatial round trip through the real server. */
@ExtendWith(ArquillianExtension.class)
class GeometryMeasureIT {
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void squareNearBengbuHasItsSphericalAreaAndComesBackUnchanged() throws Exception {
        double lon0 = 117.36;
        double lat0 = 32.93;
        double side = 0.01;
        String polygon = String.format(java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]}",
                lon0, lat0, lon0 + side, lat0 + side);

        Api.Answer answer = Api.post("/geometry/measure", polygon);

        assertEquals(200, answer.status(), answer.raw().body());
        // independent answer: area of a lon/lat cell on a sphere, R^2 * dlon * (sin lat2 - sin lat1)
        double sphere = EARTH_RADIUS_M * EARTH_RADIUS_M * Math.toRadians(side)
                * (Math.sin(Math.toRadians(lat0 + side)) - Math.sin(Math.toRadians(lat0)));
        double area = answer.body().path("areaM2").asDouble();
        assertEquals(sphere, area, sphere * 0.01, "spheroid and sphere agree within 1%");
        assertTrue(answer.body().path("lengthM").asDouble() > 3_900 && answer.body().path("lengthM").asDouble() < 4_300);
        assertTrue(answer.body().path("valid").asBoolean());
        assertEquals(Api.JSON.readTree(polygon), answer.body().path("geometry"), "PostGIS returns the same polygon");
    }

    @Test
    void selfIntersectionIsReportedWithItsLocation() {
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[117.0,32.0],[117.01,32.01],[117.01,32.0],[117.0,32.01],[117.0,32.0]]]}";
        Api.Answer answer = Api.post("/geometry/measure", bowtie);
        assertEquals(200, answer.status(), answer.raw().body());
        assertFalse(answer.body().path("valid").asBoolean());
        String reason = answer.body().path("invalidReason").asText();
        assertTrue(reason.startsWith("Self-intersection[117.005 32.005"), reason);
    }

    @Test
    void malformedJsonIsA400Problem() {
        Api.Answer answer = Api.post("/geometry/measure", "{\"type\": \"Polygon\", ");
        assertEquals(400, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"));
        assertEquals("json.malformed", answer.body().path("code").asText());
    }

    @Test
    void latitudeOutOfRangeIsA422NamingTheVertex() {
        Api.Answer answer = Api.post("/geometry/measure", "{\"type\":\"LineString\",\"coordinates\":[[117,32],[117,95]]}");
        assertEquals(422, answer.status());
        JsonNode body = answer.body();
        assertEquals("geojson.coordinate-out-of-range", body.path("code").asText());
        assertEquals("/coordinates/1", body.path("errors").get(0).path("pointer").asText());
    }

    @Test
    void nonFiniteCoordinatesAreRefused() {
        // JSON has no NaN; a number too large for a double reads as infinity
        Api.Answer answer = Api.post("/geometry/measure", "{\"type\":\"Point\",\"coordinates\":[1e400,32]}");
        assertEquals(422, answer.status(), answer.raw().body());
        assertEquals("geojson.not-finite", answer.body().path("code").asText());
    }
}

package org.gridpatrol.geoserver.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridpatrol.geoserver.ogc.CredentialsRequiredException;
import org.junit.jupiter.api.Test;

/** Publishing against GeoServer 2.24's REST API as recorded from its documentation (geoserver-2.24/*.http). */
class GeoServerPublisherTest {
    static final DatabaseConnection DB = new DatabaseConnection("db.bureau.local", 5432, "gridpatrol", "gridpatrol_gis",
            "s3cret&<x>", "public");

    static PublishReport publish(RecordedGeoServer geoserver) throws Exception {
        return new GeoServerPublisher(new GeoServerRest(geoserver.geoserver(), "admin", "geoserver"), "gridpatrol").publish(DB);
    }

    @Test
    void anEmptyGeoServerGetsTheWorkspaceTheStoreAndFourStyledLayers() throws Exception {
        try (RecordedGeoServer geoserver = new RecordedGeoServer("fresh.http")) {
            PublishReport report = publish(geoserver);
            assertEquals(List.of(), geoserver.mismatches());
            assertEquals(0, geoserver.unplayed(), "every recorded call was made");
            assertEquals(10, report.created());
            assertEquals(0, report.found());
            assertEquals(List.of("workspace", "datastore", "style", "featuretype"),
                    report.steps().subList(0, 4).stream().map(PublishReport.Step::kind).toList());
            assertTrue(report.describe().endsWith("10 created, 0 found"), report.describe());
        }
    }

    @Test
    void aSecondRunFindsEverythingAndSendsNoChange() throws Exception {
        try (RecordedGeoServer geoserver = new RecordedGeoServer("existing.http")) {
            PublishReport report = publish(geoserver);
            assertEquals(List.of(), geoserver.mismatches());
            assertEquals(0, geoserver.unplayed());
            assertEquals(0, report.created());
            assertEquals(10, report.found());
        }
    }

    @Test
    void alreadyExistsAnswers409And500CountAsFound() throws Exception {
        try (RecordedGeoServer geoserver = new RecordedGeoServer("race.http")) {
            PublishReport report = publish(geoserver);
            assertEquals(List.of(), geoserver.mismatches());
            assertEquals(0, geoserver.unplayed());
            assertEquals(10, report.found());
        }
    }

    @Test
    void a401SaysCredentialsAreNeeded() throws Exception {
        try (RecordedGeoServer geoserver = new RecordedGeoServer("unauthorized.http")) {
            CredentialsRequiredException e = assertThrows(CredentialsRequiredException.class, () -> publish(geoserver));
            assertTrue(e.english().contains("HTTP 401") && e.chinese().contains("用户名和密码"), e.getMessage());
        }
    }

    @Test
    void aMissingViewIsGeoServersRefusalWithItsReason() throws Exception {
        try (RecordedGeoServer geoserver = new RecordedGeoServer("missing-view.http")) {
            GeoServerRefusal e = assertThrows(GeoServerRefusal.class, () -> publish(geoserver));
            assertEquals(500, e.status());
            assertTrue(e.english().contains("create featuretype gis_grid") && e.english().contains("no attributes"), e.english());
            assertEquals(List.of(), geoserver.mismatches());
        }
    }

    @Test
    void everyLayerHasAWellFormedStyleNamedAfterItsView() throws Exception {
        for (GisLayer layer : GisLayer.values()) {
            var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(layer.sld().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals("StyledLayerDescriptor", doc.getDocumentElement().getTagName());
            assertTrue(layer.sld().contains("<Name>" + layer.view() + "</Name>"), layer.view());
        }
    }
}

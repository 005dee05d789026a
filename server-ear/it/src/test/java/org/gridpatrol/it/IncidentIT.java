package org.gridpatrol.it;

import static org.gridpatrol.it.District.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cases reported from the field: stored once, placed in their grid, listed for supervisors. */
@ExtendWith(ArquillianExtension.class)
class IncidentIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static Api.Answer report(PatrolBeat beat, String json) {
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/incidents"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + beat.token())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void aReportIsStoredOnceInItsGridAndListedWithItsPhotos() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        UUID clientId = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(30);
        String json = String.format(Locale.ROOT, "{\"clientId\":\"%s\",\"categoryCode\":\"0401\",\"description\":\"路口无照游商\","
                + "\"lon\":%.6f,\"lat\":%.6f,\"reportedAt\":\"%s\"}", clientId, beat.origin()[0] + 0.001, beat.origin()[1] + 0.001, at);

        Api.Answer first = report(beat, json);
        Api.Answer again = report(beat, json);

        assertEquals(201, first.status(), first.raw().body());
        assertEquals(first.body().path("id").asLong(), again.body().path("id").asLong());
        assertEquals(1, count("SELECT count(*) FROM incident WHERE client_uuid = ?::uuid", clientId.toString()));
        assertEquals(beat.own(), first.body().path("gridId").asLong());
        assertEquals("无照经营游商", first.body().path("categoryName").asText());

        byte[] jpeg = PhotoIT.photo(java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai")));
        String meta = String.format(Locale.ROOT, "{\"kind\":\"INCIDENT\",\"incidentId\":%d,\"takenAt\":\"%s\",\"lon\":117.36,\"lat\":32.93}",
                first.body().path("id").asLong(), at);
        assertEquals(201, PhotoIT.upload(beat.token(), meta, jpeg).status());

        JsonNode listed = Api.get("/incidents?from=" + at.minusSeconds(60)).body();
        boolean found = false;
        for (JsonNode incident : listed) {
            if (incident.path("id").asLong() == first.body().path("id").asLong()) {
                found = true;
                assertEquals(1, incident.path("photos").asInt());
                assertEquals("REPORTED", incident.path("state").asText());
            }
        }
        assertTrue(found, listed.toString());
    }

    @Test
    void unknownCategoriesAndMissingClientIdsAreRefused() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        String unknown = "{\"clientId\":\"" + UUID.randomUUID() + "\",\"categoryCode\":\"9999\",\"lon\":117.36,\"lat\":32.93,"
                + "\"reportedAt\":\"" + Instant.now() + "\"}";
        assertEquals("incident.category-unknown", report(beat, unknown).body().path("code").asText());
        assertEquals("incident.client-id-missing", report(beat, "{\"categoryCode\":\"0401\"}").body().path("code").asText());
        assertTrue(Api.get("/incident-categories").body().size() >= 20);
    }
}

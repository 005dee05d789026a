package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The replay's track carries what the officer left along it: his checkpoint visits (counted or
 * not, with the reason) and his photos, each with a link to its watermarked copy.
 */
@ExtendWith(ArquillianExtension.class)
class TrackIT {
    /** About 100 m of latitude, in degrees. */
    private static final double HUNDRED_M = 100 / 111_195.0;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void theTrackCarriesCheckInsCountedOrNotAndPhotosWithTheirLinks() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double lon = beat.origin()[0] + PatrolBeat.SIDE / 2;
        double lat = beat.origin()[1] + PatrolBeat.SIDE / 4;
        String tag = Fixtures.unique("QR");
        String name = "回放点 " + Fixtures.unique("c");
        Api.Answer checkpoint = Api.post("/checkpoints", Fixtures.json("gridId", beat.own(), "name", name, "radiusM", 30,
                "tagCode", tag, "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat))));
        assertEquals(201, checkpoint.status(), checkpoint.raw().body());
        long checkpointId = checkpoint.body().path("id").asLong();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(20, ChronoUnit.MINUTES);
        Api.Answer plan = Api.post("/plans", Fixtures.json("name", "回放计划 " + Fixtures.unique("p"),
                "officerId", beat.officer().id(), "forcedOrder", false, "validFrom", t0.minusSeconds(600).toString(),
                "allowTrackVisits", false, "dwellSeconds", 60,
                "checkpoints", List.of(Map.of("checkpointId", checkpointId, "ordinal", 1))));
        assertEquals(201, plan.status(), plan.raw().body());
        // one check-in 200 m away (stored, not counted), then one at the checkpoint
        checkIn(beat, tag, t0, lon, lat + 2 * HUNDRED_M);
        checkIn(beat, tag, t0.plusSeconds(120), lon, lat);
        Instant taken = t0.plusSeconds(180);
        String meta = String.format(Locale.ROOT, "{\"kind\":\"EVIDENCE\",\"takenAt\":\"%s\",\"lon\":%.6f,\"lat\":%.6f}",
                taken, lon, lat);
        Api.Answer photo = PhotoIT.upload(beat.token(), meta, PhotoIT.photo(LocalDateTime.ofInstant(taken, ZoneId.of("Asia/Shanghai"))));
        assertEquals(201, photo.status(), photo.raw().body());
        long photoId = photo.body().path("id").asLong();

        JsonNode track = Api.get("/tracks/" + beat.officer().id() + "?from=" + t0.minusSeconds(60) + "&to="
                + t0.plusSeconds(600)).body();

        JsonNode visits = track.path("visits");
        assertEquals(2, visits.size(), visits.toString());
        JsonNode far = visits.get(0);
        assertEquals(name, far.path("checkpointName").asText());
        assertEquals(t0, Instant.parse(far.path("at").asText()));
        assertFalse(far.path("counted").asBoolean(), far.toString());
        assertFalse(far.path("reason").asText().isBlank(), "a visit that does not count says why: " + far);
        assertEquals("CHECKIN", far.path("source").asText());
        JsonNode near = visits.get(1);
        assertTrue(near.path("counted").asBoolean(), near.toString());
        assertEquals(checkpointId, near.path("checkpointId").asLong());
        assertEquals(lat, near.path("lat").asDouble(), 1e-9);
        JsonNode photos = track.path("photos");
        assertEquals(1, photos.size(), photos.toString());
        assertEquals(photoId, photos.get(0).path("id").asLong());
        assertEquals(taken, Instant.parse(photos.get(0).path("takenAt").asText()));
        assertEquals(lon, photos.get(0).path("lon").asDouble(), 1e-6);
        String marked = photos.get(0).path("marked").asText();
        assertEquals("/photos/" + photoId + "/marked", marked);
        assertEquals(200, Api.get(marked).status(), "the link opens the watermarked photo");

        JsonNode earlier = Api.get("/tracks/" + beat.officer().id() + "?from=" + t0.plusSeconds(60) + "&to="
                + t0.plusSeconds(150)).body();
        assertEquals(1, earlier.path("visits").size(), "only the window's visits");
        assertEquals(0, earlier.path("photos").size(), "only the window's photos");
    }

    private static void checkIn(PatrolBeat beat, String tag, Instant at, double lon, double lat) {
        Api.Answer answer = Api.as(beat.token()).post("/mobile/check-ins", Fixtures.json("tagValue", tag,
                "at", at.toString(), "lon", lon, "lat", lat, "accuracy", 5));
        assertEquals(200, answer.status(), answer.raw().body());
    }
}

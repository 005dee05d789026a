package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checkpoints and patrol plans through the API, and visits judged against them: check-ins in and
 * out of a forced order, a stay read from the track, a checkpoint missed by the end of the plan.
 * The expected verdicts follow from the construction: three checkpoints 100 m apart in a row.
 */
@ExtendWith(ArquillianExtension.class)
class PlanIT {
    /** About 100 m of latitude, in degrees. */
    private static final double HUNDRED_M = 100 / 111_195.0;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** A beat with checkpoints A, B, C going north from the grid's middle, tagged. */
    private record Course(PatrolBeat beat, long[] ids, String[] tags, double[][] points) {
    }

    private static Course course() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double lon = beat.origin()[0] + PatrolBeat.SIDE / 2;
        double lat = beat.origin()[1] + PatrolBeat.SIDE / 4;
        long[] ids = new long[3];
        String[] tags = new String[3];
        double[][] points = new double[3][];
        for (int i = 0; i < 3; i++) {
            tags[i] = Fixtures.unique("QR");
            points[i] = new double[] {lon, lat + i * HUNDRED_M};
            Api.Answer created = Api.post("/checkpoints", checkpoint(beat.own(), "点" + (char) ('A' + i), points[i], tags[i]));
            assertEquals(201, created.status(), created.raw().body());
            ids[i] = created.body().path("id").asLong();
        }
        return new Course(beat, ids, tags, points);
    }

    private static String checkpoint(long grid, String name, double[] p, String tag) {
        return Fixtures.json("gridId", grid, "name", name, "radiusM", 30, "tagCode", tag,
                "geometry", Map.of("type", "Point", "coordinates", List.of(p[0], p[1])));
    }

    private static long plan(Course c, boolean forced, boolean track, Instant from, Instant to) {
        List<Map<String, Object>> stops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stops.add(Map.of("checkpointId", c.ids()[i], "ordinal", i + 1));
        }
        Map<String, Object> draft = new java.util.LinkedHashMap<>();
        draft.put("name", "顺序巡检 " + Fixtures.unique("p"));
        draft.put("officerId", c.beat().officer().id());
        draft.put("forcedOrder", forced);
        draft.put("validFrom", from.toString());
        draft.put("validTo", to == null ? null : to.toString());
        draft.put("allowTrackVisits", track);
        draft.put("dwellSeconds", 60);
        draft.put("checkpoints", stops);
        Api.Answer created = Api.post("/plans", Fixtures.json(draft.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray()));
        assertEquals(201, created.status(), created.raw().body());
        return created.body().path("id").asLong();
    }

    private static JsonNode checkIn(Course c, int i, Instant at) {
        Api.Answer answer = Api.as(c.beat().token()).post("/mobile/check-ins", Fixtures.json("tagValue", c.tags()[i],
                "at", at.toString(), "lon", c.points()[i][0], "lat", c.points()[i][1], "accuracy", 5));
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.body();
    }

    @Test
    void checkpointsAreMadeReadChangedAndDeletedWithReasonsForBadInput() throws Exception {
        Course c = course();
        JsonNode read = Api.get("/checkpoints/" + c.ids()[0]).body();
        assertEquals("Point", read.path("geometry").path("type").asText());
        assertEquals(c.points()[0][0], read.path("geometry").path("coordinates").path(0).asDouble(), 1e-7);
        assertEquals(3, Api.get("/checkpoints?gridId=" + c.beat().own()).body().size());
        Api.Answer layer = Api.get("/checkpoints?format=geojson&gridId=" + c.beat().own());
        assertTrue(layer.contentType().startsWith("application/geo+json"), layer.contentType());
        assertEquals(3, layer.body().path("features").size());
        assertEquals(c.tags()[2], layer.body().path("features").path(2).path("properties").path("tagCode").asText());
        Fixtures.assertProblem(Api.get("/checkpoints?format=kml"), 400, "checkpoint.format");

        Api.Answer moved = Api.put("/checkpoints/" + c.ids()[0], Fixtures.json("gridId", c.beat().own(), "name", "新名",
                "radiusM", 50, "geometry", Map.of("type", "Point", "coordinates", List.of(c.points()[0][0], c.points()[0][1]))));
        assertEquals(200, moved.status(), moved.raw().body());
        assertEquals(50, moved.body().path("radiusM").asDouble());
        assertTrue(moved.body().path("tagCode").isNull(), "a tag left out is taken off");

        Fixtures.assertProblem(Api.post("/checkpoints", Fixtures.json("gridId", c.beat().own(), "name", " ",
                "geometry", Map.of("type", "LineString", "coordinates", List.of(List.of(1, 1), List.of(2, 2))))), 422,
                "checkpoint.invalid");
        Fixtures.assertProblem(Api.post("/checkpoints", checkpoint(c.beat().own(), "远处", new double[] {c.points()[0][0] + 0.05,
                c.points()[0][1]}, null)), 422, "checkpoint.outside-grid");
        Fixtures.assertProblem(Api.post("/checkpoints", checkpoint(c.beat().own(), "重复", c.points()[1], c.tags()[1])), 409,
                "checkpoint.tag-taken");

        long plan = plan(c, true, false, Instant.now(), null);
        Fixtures.assertProblem(Api.delete("/checkpoints/" + c.ids()[1]), 409, "checkpoint.in-use");
        assertEquals(204, Api.delete("/plans/" + plan).status());
        assertEquals(204, Api.delete("/checkpoints/" + c.ids()[1]).status());
        assertFalse(Api.get("/checkpoints/" + c.ids()[1]).body().path("active").asBoolean(), "kept for its visits, inactive");
        Fixtures.assertProblem(Api.get("/checkpoints/999999999"), 404, "checkpoint.unknown");
        assertEquals(2, Api.get("/checkpoints?gridId=" + c.beat().own()).body().size(), "the deleted one is gone from the list");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'CHECKPOINT_DELETE' AND outcome = 'SUCCESS' AND target_id = ?",
                String.valueOf(c.ids()[1])));
    }

    @Test
    void plansAreValidatedAndChangedOnlyFromTheCurrentVersion() throws Exception {
        Course c = course();
        Api.Answer bad = Api.post("/plans", Fixtures.json("name", "坏计划", "validFrom", "2026-11-01T00:00:00Z",
                "validTo", "2026-10-01T00:00:00Z", "frequencyMinutes", 1,
                "checkpoints", List.of(Map.of("checkpointId", 999_999_999L))));
        Fixtures.assertProblem(bad, 422, "plan.invalid");
        List<String> pointers = new ArrayList<>();
        bad.body().path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
        assertTrue(pointers.containsAll(List.of("/officerId", "/validTo", "/frequencyMinutes", "/checkpoints/0/checkpointId")),
                pointers.toString());

        long id = plan(c, true, false, Instant.now(), null);
        JsonNode plan = Api.get("/plans/" + id).body();
        assertEquals(3, plan.path("checkpoints").size());
        assertEquals(0, plan.path("version").asInt());
        String change = Fixtures.json("name", "改过", "officerId", c.beat().officer().id(), "forcedOrder", false,
                "validFrom", plan.path("validFrom").asText(), "frequencyMinutes", 120, "version", 0,
                "checkpoints", List.of(Map.of("checkpointId", c.ids()[2]), Map.of("checkpointId", c.ids()[0])));
        Api.Answer changed = Api.put("/plans/" + id, change);
        assertEquals(200, changed.status(), changed.raw().body());
        assertEquals(120, changed.body().path("frequencyMinutes").asInt());
        assertEquals(c.ids()[2], changed.body().path("checkpoints").path(0).path("checkpointId").asLong());
        assertEquals(1, changed.body().path("checkpoints").path(0).path("ordinal").asInt());
        Fixtures.assertProblem(Api.put("/plans/" + id, change), 409, "plan.stale-version");
        assertTrue(Api.get("/plans?officerId=" + c.beat().officer().id()).body().toString().contains("\"id\":" + id));
    }

    @Test
    void inAForcedOrderVisitingBBeforeADoesNotCountForBAndRaisesAnOrderAlarm() throws Exception {
        Course c = course();
        Instant t0 = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long plan = plan(c, true, false, t0.minusSeconds(600), null);

        JsonNode early = checkIn(c, 1, t0);
        assertFalse(early.path("counted").asBoolean(), early.toString());
        assertTrue(early.path("reason").asText().contains("out of order"), early.toString());
        assertEquals(1, Fixtures.count("SELECT count(*) FROM alarm WHERE type = 'CHECKPOINT_ORDER' AND plan_id = ?"
                + " AND checkpoint_id = ? AND officer_id = ?", plan, c.ids()[0], c.beat().officer().id()));
        checkIn(c, 1, t0); // the phone sends it again: stored and judged once
        for (int i = 0; i < 3; i++) {
            assertTrue(checkIn(c, i, t0.plusSeconds(60L * (i + 1))).path("counted").asBoolean(), "stop " + (i + 1));
        }
        JsonNode visits = Api.get("/plans/" + plan + "/visits").body();
        List<String> seen = new ArrayList<>();
        visits.forEach(v -> seen.add(v.path("checkpointId").asLong() + ":" + v.path("counted").asBoolean()));
        assertEquals(List.of(c.ids()[1] + ":false", c.ids()[0] + ":true", c.ids()[1] + ":true", c.ids()[2] + ":true"), seen);
        assertEquals(1, Fixtures.count("SELECT count(*) FROM alarm WHERE type = 'CHECKPOINT_ORDER' AND plan_id = ?", plan));
        assertEquals(1, Api.get("/alarms?officer=" + c.beat().officer().id() + "&type=CHECKPOINT_ORDER").body().size());
    }

    @Test
    void aCheckInFarFromTheCheckpointIsStoredButDoesNotCount() throws Exception {
        Course c = course();
        long plan = plan(c, false, false, Instant.now().minusSeconds(3600), null);
        Api.Answer far = Api.as(c.beat().token()).post("/mobile/check-ins", Fixtures.json("tagValue", c.tags()[0],
                "at", Instant.now().minusSeconds(60).toString(), "lon", c.points()[2][0], "lat", c.points()[2][1], "accuracy", 5));
        assertFalse(far.body().path("counted").asBoolean(), far.raw().body());
        assertEquals(1, Fixtures.count("SELECT count(*) FROM checkpoint_visit WHERE plan_id = ? AND NOT counted", plan));
    }

    @Test
    void stayingAMinuteAtACheckpointCountsAsAVisitWhereThePlanAllowsTrackVisits() throws Exception {
        Course c = course();
        Instant t0 = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        long plan = plan(c, false, true, t0.minusSeconds(600), null);
        Random noise = new Random(6);
        List<String> fixes = new ArrayList<>();
        // walk up to B, stand 90 s within 10 m of it, walk on; pass A and C without stopping
        double[] b = c.points()[1];
        int seq = 0;
        for (int s = 0; s <= 300; s += 10) {
            double north;
            if (s < 100) {
                north = -150 + s * 1.5;         // from 150 m south of B, 1.5 m/s
            } else if (s <= 190) {
                north = 0;                      // at B
            } else {
                north = (s - 190) * 1.5;        // on north
            }
            fixes.add(String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":8,"
                    + "\"speed\":1.2,\"provider\":\"gps\",\"mock\":false}", ++seq, t0.plusSeconds(s),
                    b[0] + noise.nextGaussian() * 0.00002, b[1] + north * HUNDRED_M / 100 + noise.nextGaussian() * 0.00002));
        }
        Api.Answer receipt = Api.as(c.beat().token()).post("/mobile/positions", "{\"fixes\":[" + String.join(",", fixes) + "]}");
        assertEquals(200, receipt.status(), receipt.raw().body());
        JsonNode visits = Api.get("/plans/" + plan + "/visits").body();
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(c.ids()[1], visits.path(0).path("checkpointId").asLong());
        assertEquals("TRACK", visits.path(0).path("source").asText());
        assertTrue(visits.path(0).path("counted").asBoolean());
        // arrival: the first fix within 30 m of B, 80 s in (north −30 m at 1.5 m/s from −150 m)
        Instant arrival = Instant.parse(visits.path(0).path("at").asText());
        assertTrue(!arrival.isBefore(t0.plusSeconds(80)) && !arrival.isAfter(t0.plusSeconds(100)), arrival.toString());
    }

    @Test
    void aCheckpointNotVisitedByTheEndOfThePlanRaisesAMissedAlarm() throws Exception {
        Course c = course();
        Instant end = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        long plan = plan(c, false, false, end.minusSeconds(3600), end);
        checkIn(c, 0, Instant.now().minusSeconds(30));
        checkIn(c, 2, Instant.now().minusSeconds(20));
        long deadline = System.currentTimeMillis() + 90_000; // the timer runs every 20 s
        long missed = 0;
        while (missed == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            missed = Fixtures.count("SELECT count(*) FROM alarm WHERE type = 'CHECKPOINT_MISSED' AND plan_id = ?", plan);
        }
        assertEquals(1, missed, "only B was missed");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM alarm WHERE type = 'CHECKPOINT_MISSED' AND plan_id = ?"
                + " AND checkpoint_id = ? AND started_at = ?::timestamptz", plan, c.ids()[1], end.toString()));
    }
}

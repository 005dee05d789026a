package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks to the phone (派发任务): a supervisor gives one, the officer's phone hears of it by its
 * message poll, accepts it and completes it with a photo; the supervisor sees the states. Scope,
 * wrong steps and bad input are refused with their codes; every write is audited.
 */
@ExtendWith(ArquillianExtension.class)
class TaskIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static List<JsonNode> tasksIn(JsonNode page) {
        List<JsonNode> tasks = new ArrayList<>();
        page.path("messages").forEach(m -> {
            if (m.path("kind").asText().equals("TASK")) {
                tasks.add(m.path("body"));
            }
        });
        return tasks;
    }

    @Test
    void aTaskGoesFromTheSupervisorToThePhoneAndBackAcceptedAndCompletedWithAPhoto() throws Exception {
        Territory t = Territory.create();
        Api.As supervisor = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        String token = Territory.signIn(t.a.officer());
        Api.As phone = Api.as(token);
        long cursor = phone.get("/mobile/messages?wait=0").body().path("cursor").asLong();
        long checkpoint;
        try (Connection db = PrivateDatabase.connect()) {
            checkpoint = Territory.insert(db, "INSERT INTO checkpoint (grid_id, name, geom) SELECT id, '东门', ST_PointOnSurface(geom)"
                    + " FROM grid WHERE id = ? RETURNING id", t.a.grid());
        }
        Instant due = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Api.Answer given = supervisor.post("/tasks", Fixtures.json("officerId", t.a.officer().id(), "title", "核查占道经营",
                "text", "东门外有流动摊贩 Street vendors at the east gate", "gridId", t.a.grid(), "checkpointId", checkpoint,
                "dueAt", due.toString()));
        assertEquals(201, given.status(), given.raw().body());
        long id = given.body().path("id").asLong();
        assertEquals("ASSIGNED", given.body().path("state").asText());
        assertTrue(given.raw().headers().firstValue("Location").orElse("").endsWith("/tasks/" + id));
        assertTrue(given.body().path("lon").isNumber(), "the checkpoint's position when none was sent: " + given.body());

        List<JsonNode> heard = tasksIn(phone.get("/mobile/messages?after=" + cursor + "&wait=5").body());
        assertEquals(1, heard.size());
        assertEquals(id, heard.get(0).path("taskId").asLong());
        assertEquals("新任务：核查占道经营", heard.get(0).path("textZh").asText());
        assertEquals("New task: 核查占道经营", heard.get(0).path("textEn").asText());
        assertEquals(due.toString(), heard.get(0).path("dueAt").asText());
        assertEquals(checkpoint, heard.get(0).path("checkpointId").asLong());

        double lon = given.body().path("lon").asDouble();
        double lat = given.body().path("lat").asDouble();
        String here = String.format(Locale.ROOT, "{\"lon\":%.6f,\"lat\":%.6f}", lon, lat);
        assertProblem(phone.post("/mobile/tasks/" + id + "/complete", here), 409, "task.not-accepted");
        Api.Answer accepted = phone.post("/mobile/tasks/" + id + "/accept", here);
        assertEquals(200, accepted.status(), accepted.raw().body());
        assertEquals("ACCEPTED", accepted.body().path("state").asText());
        assertFalse(accepted.body().path("acceptedAt").isNull());
        Api.Answer again = phone.post("/mobile/tasks/" + id + "/accept", here);
        assertEquals(200, again.status(), "the same acceptance again (its answer lost) is answered: " + again.raw().body());
        assertEquals(accepted.body().path("acceptedAt").asText(), again.body().path("acceptedAt").asText(), "and changes nothing");
        String elsewhere = String.format(Locale.ROOT, "{\"lon\":%.6f,\"lat\":%.6f}", lon + 0.001, lat);
        assertProblem(phone.post("/mobile/tasks/" + id + "/accept", elsewhere), 409, "task.already-accepted");
        assertEquals(List.of(id), ids(supervisor.get("/tasks?officer=" + t.a.officer().id() + "&state=ACCEPTED").body()));
        assertEquals(List.of(), ids(supervisor.get("/tasks?officer=" + t.a.officer().id() + "&state=ASSIGNED").body()));

        Instant taken = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
        Api.Answer photo = PhotoIT.upload(token, String.format(Locale.ROOT, "{\"kind\":\"EVIDENCE\",\"takenAt\":\"%s\","
                + "\"lon\":%.6f,\"lat\":%.6f}", taken, lon, lat), PhotoIT.photo(LocalDateTime.ofInstant(taken, ZoneId.of("Asia/Shanghai"))));
        assertEquals(201, photo.status(), photo.raw().body());
        long photoId = photo.body().path("id").asLong();
        assertProblem(phone.post("/mobile/tasks/" + id + "/complete", String.format(Locale.ROOT,
                "{\"lon\":%.6f,\"lat\":%.6f,\"photoId\":%d}", lon, lat, photoId + 1_000_000)), 422, "task.photo-unknown");
        try (EventStream events = EventStream.open(Accounts.token(t.a.id(), "SUPERVISOR"))) {
            Api.Answer completed = phone.post("/mobile/tasks/" + id + "/complete", String.format(Locale.ROOT,
                    "{\"lon\":%.6f,\"lat\":%.6f,\"photoId\":%d,\"note\":\"摊贩已劝离\"}", lon, lat, photoId));
            assertEquals(200, completed.status(), completed.raw().body());
            assertNotNull(events.await(e -> e.name().equals("task.changed") && e.data() != null
                    && e.data().path("id").asLong() == id && e.data().path("state").asText().equals("COMPLETED"), 10_000),
                    "the squad's desktops hear the task is done");
        }
        Api.Answer completedAgain = phone.post("/mobile/tasks/" + id + "/complete", String.format(Locale.ROOT,
                "{\"lon\":%.6f,\"lat\":%.6f,\"photoId\":%d,\"note\":\"摊贩已劝离\"}", lon, lat, photoId));
        assertEquals(200, completedAgain.status(), "the same completion again: " + completedAgain.raw().body());
        assertEquals("COMPLETED", completedAgain.body().path("state").asText());
        assertProblem(phone.post("/mobile/tasks/" + id + "/complete", here), 409, "task.already-completed");

        JsonNode seen = supervisor.get("/tasks/" + id).body();
        assertEquals("COMPLETED", seen.path("state").asText());
        assertEquals(photoId, seen.path("photoId").asLong());
        assertEquals("摊贩已劝离", seen.path("note").asText());
        assertEquals(lat, seen.path("completedLat").asDouble(), 1e-6);
        assertFalse(seen.path("overdue").asBoolean());
        assertEquals(List.of(id), ids(supervisor.get("/tasks?state=COMPLETED&officer=" + t.a.officer().id()).body()));
        assertEquals(List.of(id), ids(phone.get("/mobile/tasks?state=COMPLETED").body()), "his own list on the phone");

        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        JsonNode give = auditor.get("/audit?action=TASK_ASSIGN&targetId=" + id).body().get(0);
        assertEquals("核查占道经营", give.path("summary").path("after").path("title").asText(), give.toString());
        JsonNode done = auditor.get("/audit?action=MOBILE_TASK_COMPLETE&targetId=" + id).body();
        assertTrue(done.toString().contains("\"COMPLETED\""), "the state change is in the log: " + done);
    }

    @Test
    void anotherSquadsOfficerAndTaskAreUnknownAndBadInputAndWrongPhonesAreRefused() throws Exception {
        Territory t = Territory.create();
        Api.As squadA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        Api.As squadB = Api.as(Accounts.token(t.b.id(), "SUPERVISOR"));
        Api.As phoneB = Api.as(Territory.signIn(t.b.officer()));
        long officerA = t.a.officer().id();

        assertProblem(squadB.post("/tasks", Fixtures.json("officerId", officerA, "title", "x")), 404, "officer.not-found");
        Api.Answer given = squadA.post("/tasks", Fixtures.json("officerId", officerA, "title", "巡查东门"));
        assertEquals(201, given.status(), given.raw().body());
        long id = given.body().path("id").asLong();
        assertProblem(squadB.get("/tasks/" + id), 404, "task.not-found");
        assertProblem(squadB.get("/tasks?officer=" + officerA), 404, "officer.not-found");
        assertFalse(ids(squadB.get("/tasks").body()).contains(id), "B's list holds none of A's tasks");
        assertTrue(ids(Api.as(Accounts.token(t.bureau, "SUPERVISOR")).get("/tasks").body()).contains(id), "the bureau sees it");
        assertProblem(phoneB.post("/mobile/tasks/" + id + "/accept", "{\"lon\":117.3,\"lat\":32.9}"), 404, "task.not-found");
        assertFalse(ids(phoneB.get("/mobile/tasks").body()).contains(id), "B's phone lists only B's tasks");

        assertProblem(squadA.post("/tasks", Fixtures.json("officerId", officerA, "title", " ")), 422, "task.title-missing");
        assertProblem(squadA.post("/tasks", Fixtures.json("title", "x")), 422, "task.officer-missing");
        assertProblem(squadA.post("/tasks", Fixtures.json("officerId", officerA, "title", "x", "lon", 117.3)), 422,
                "task.position-incomplete");
        assertProblem(squadA.post("/tasks", Fixtures.json("officerId", officerA, "title", "x",
                "dueAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())), 422, "task.due-in-past");
        assertProblem(squadA.post("/tasks", Fixtures.json("officerId", officerA, "title", "x", "gridId", t.b.grid())), 422,
                "task.grid-unknown");
        assertProblem(squadA.post("/tasks", Fixtures.json("officerId", officerA, "title", "x".repeat(101))), 422,
                "task.title-too-long");
        assertProblem(squadA.get("/tasks?state=DONE"), 400, "task.state-unknown");
        Api.As phoneA = Api.as(Territory.signIn(t.a.officer()));
        assertProblem(phoneA.post("/mobile/tasks/" + id + "/accept", "{}"), 422, "task.position-missing");
        assertProblem(phoneA.post("/mobile/tasks/" + id + "/accept", "{\"lon\":117.3,\"lat\":32.9,\"note\":\"x\"}"), 422,
                "task.only-on-complete");
        assertEquals(403, phoneA.post("/tasks", Fixtures.json("officerId", officerA, "title", "x")).status(),
                "a phone gives no tasks");
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(task -> ids.add(task.path("id").asLong()));
        return ids;
    }
}

package org.gridpatrol.it;

import static org.gridpatrol.it.District.count;
import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A supervisor handling alarms through the API: the alarm with its evidence and history,
 * OPEN ▸ ACKNOWLEDGED ▸ HANDLED, refused transitions, two supervisors at once, data scope, and
 * escalation of an alarm nobody acknowledged to the supervisors of the squad's parent unit.
 */
@ExtendWith(ArquillianExtension.class)
class AlarmHandlingIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** @return a new OPEN alarm of the squad's officer, raised that long ago */
    private static long alarm(Territory.Squad squad, Duration raisedAgo) throws SQLException {
        try (Connection db = PrivateDatabase.connect()) {
            return Territory.insert(db, "INSERT INTO alarm (type, officer_id, grid_id, org_unit_id, started_at, raised_at)"
                    + " VALUES ('OFF_POST', ?, ?, ?, clock_timestamp() - ? * interval '1 second', clock_timestamp()"
                    + " - ? * interval '1 second') RETURNING id", squad.officer().id(), squad.grid(), squad.id(),
                    raisedAgo.toSeconds() + 60, raisedAgo.toSeconds());
        }
    }

    private static String step(Object... members) {
        return Fixtures.json(members);
    }

    @Test
    void aSupervisorAcknowledgesThenHandlesAndEveryStepIsRecordedAuditedAndPushed() throws Exception {
        Territory t = Territory.create();
        String token = Accounts.token(t.a.id(), "SUPERVISOR");
        Api.As supervisor = Api.as(token);
        long id = t.a.alarm();
        try (EventStream events = EventStream.open(token)) {
            JsonNode fresh = supervisor.get("/alarms/" + id).body();
            assertEquals("OPEN", fresh.path("alarm").path("state").asText());
            assertEquals(0, fresh.path("version").asInt());
            assertEquals(0, fresh.path("handling").size());

            Api.Answer ack = supervisor.post("/alarms/" + id + "/acknowledge", step("version", 0, "note", "已派人核实"));
            assertEquals(200, ack.status(), ack.raw().body());
            assertEquals("ACKNOWLEDGED", ack.body().path("alarm").path("state").asText());
            assertEquals(1, ack.body().path("version").asInt());

            Api.Answer handled = supervisor.post("/alarms/" + id + "/handle",
                    step("version", 1, "disposition", "EXCUSED", "note", "去取执法记录仪"));
            assertEquals(200, handled.status(), handled.raw().body());
            JsonNode alarm = handled.body();
            assertEquals("HANDLED", alarm.path("alarm").path("state").asText());
            assertEquals("EXCUSED", alarm.path("alarm").path("disposition").asText());
            JsonNode steps = alarm.path("handling");
            assertEquals(2, steps.size(), steps.toString());
            assertEquals("ACK", steps.get(0).path("action").asText());
            assertEquals("已派人核实", steps.get(0).path("note").asText());
            assertEquals("HANDLE", steps.get(1).path("action").asText());
            assertEquals("EXCUSED", steps.get(1).path("disposition").asText());
            assertTrue(steps.get(1).path("byUsername").asText().startsWith("it-"), steps.toString());

            // the request (who asked, the row before and after) and the step (written by the database's trigger)
            assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'ALARM_ACKNOWLEDGE' AND target_id = ?"
                    + " AND outcome = 'SUCCESS' AND summary->'changes'->'state' IS NOT NULL", Long.toString(id)));
            assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'ALARM_ACK' AND target_id = ?"
                    + " AND summary->>'handlingId' IS NOT NULL", Long.toString(id)));
            assertEquals(2, count("SELECT count(*) FROM audit_log WHERE action = 'ALARM_HANDLE' AND target_id = ?"
                    + " AND outcome = 'SUCCESS'", Long.toString(id)));
            EventStream.Event pushed = events.await(e -> EventStream.about("alarm.changed", id).test(e)
                    && e.data().path("state").asText().equals("HANDLED"), 5_000);
            assertNotNull(pushed, "the handled alarm reaches the squad's desktops");
            assertEquals("EXCUSED", pushed.data().path("disposition").asText());
        }
    }

    @Test
    void wrongStepsAreRefusedWithACode() throws Exception {
        Territory t = Territory.create();
        Api.As supervisor = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        long id = t.a.alarm();
        assertProblem(supervisor.post("/alarms/" + id + "/acknowledge", "{}"), 400, "alarm.version-missing");
        assertProblem(supervisor.post("/alarms/" + id + "/handle", step("version", 0, "disposition", "MAYBE")), 422,
                "alarm.disposition-unknown");
        assertProblem(supervisor.post("/alarms/" + id + "/acknowledge", step("version", 7)), 409, "alarm.stale-version");

        assertEquals(200, supervisor.post("/alarms/" + id + "/acknowledge", step("version", 0)).status());
        assertProblem(supervisor.post("/alarms/" + id + "/acknowledge", step("version", 1)), 409, "alarm.not-open");
        assertEquals(200, supervisor.post("/alarms/" + id + "/handle", step("version", 1, "disposition", "CONFIRMED")).status());
        assertProblem(supervisor.post("/alarms/" + id + "/handle", step("version", 2, "disposition", "FALSE_ALARM")), 409,
                "alarm.already-handled");
        assertProblem(supervisor.post("/alarms/" + id + "/acknowledge", step("version", 2)), 409, "alarm.not-open");
        assertEquals("CONFIRMED", supervisor.get("/alarms/" + id).body().path("alarm").path("disposition").asText());
        assertEquals(2, count("SELECT count(*) FROM alarm_handling WHERE alarm_id = ?", id), "refusals leave no step");
        assertProblem(supervisor.get("/alarms/999999999"), 404, "alarm.unknown");
        assertProblem(supervisor.post("/alarms/" + id + "/handle", "{\"version\": 2, \"disposition\": "), 400, "json.malformed");
        assertProblem(supervisor.post("/alarms/" + id + "/handle", step("version", 2, "disposition", "CONFIRMED", "mood", "bad")),
                400, "json.unknown-member");
        assertProblem(supervisor.post("/alarms/" + id + "/acknowledge", step("version", 2, "note", "长".repeat(2001))), 422,
                "alarm.note-too-long");
        assertEquals(404, supervisor.get("/alarms/not-a-number").status());
    }

    @Test
    void ofTwoSupervisorsHandlingAtOnceExactlyOneWinsAndTheOtherIsTold() throws Exception {
        Territory t = Territory.create();
        Api.As squadSupervisor = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        Api.As bureauSupervisor = Api.as(Accounts.token(t.bureau, "SUPERVISOR"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = alarm(t.a, Duration.ofSeconds(round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Api.Answer>> answers = new ArrayList<>();
                for (Api.As who : List.of(squadSupervisor, bureauSupervisor)) {
                    String disposition = who == squadSupervisor ? "CONFIRMED" : "FALSE_ALARM";
                    answers.add(pool.submit(() -> {
                        start.await();
                        return who.post("/alarms/" + id + "/handle", step("version", 0, "disposition", disposition));
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Answer> answer : answers) {
                    Api.Answer a = answer.get();
                    statuses.add(a.status());
                    if (a.status() == 409) {
                        assertProblem(a, 409, "alarm.stale-version");
                    }
                }
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "round " + round);
                assertEquals(1, count("SELECT count(*) FROM alarm_handling WHERE alarm_id = ? AND action = 'HANDLE'", id));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherSquadsAlarmIsUnknownAndStaysUntouched() throws Exception {
        Territory t = Territory.create();
        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        long other = t.b.alarm();
        assertProblem(supervisorA.get("/alarms/" + other), 404, "alarm.unknown");
        assertProblem(supervisorA.post("/alarms/" + other + "/acknowledge", step("version", 0)), 404, "alarm.unknown");
        assertProblem(supervisorA.post("/alarms/" + other + "/handle", step("version", 0, "disposition", "CONFIRMED")),
                404, "alarm.unknown");
        assertEquals(1, count("SELECT count(*) FROM alarm WHERE id = ? AND state = 'OPEN' AND version = 0", other));
        assertEquals(200, Api.as(Accounts.token(t.bureau, "SUPERVISOR")).get("/alarms/" + other).status());
    }

    @Test
    void theAlarmShowsTheFixesThatOpenedIt() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double[] o = beat.origin();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        String fix = String.format(Locale.ROOT, "{\"seq\":41,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":10,"
                + "\"speed\":1.2,\"provider\":\"gps\",\"mock\":true}", t0, o[0] + 0.002, o[1] + 0.002);
        Api.Answer upload = Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/positions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + beat.token())
                .POST(HttpRequest.BodyPublishers.ofString("{\"fixes\":[" + fix + "]}")));
        assertEquals(200, upload.status(), upload.raw().body());
        JsonNode alarms = Api.get("/alarms?officer=" + beat.officer().id() + "&type=FAKE_LOCATION").body();
        assertEquals(1, alarms.size(), alarms.toString());

        JsonNode detail = Api.get("/alarms/" + alarms.get(0).path("id").asLong()).body();
        JsonNode opened = detail.path("openedBy");
        assertEquals(1, opened.size(), detail.toString());
        assertEquals(41, opened.get(0).path("seq").asLong());
        assertTrue(opened.get(0).path("mock").asBoolean());
        assertEquals(o[0] + 0.002, opened.get(0).path("lon").asDouble(), 1e-6);
        assertEquals(t0, Instant.parse(opened.get(0).path("time").asText()));
    }

    @Test
    void anAlarmNobodyAcknowledgesIsEscalatedToTheParentUnitsSupervisorButNotToASiblingSquad() throws Exception {
        Territory t = Territory.create();
        String bureauToken = Accounts.token(t.bureau, "SUPERVISOR");
        String siblingToken = Accounts.token(t.b.id(), "SUPERVISOR");
        String squadToken = Accounts.token(t.a.id(), "SUPERVISOR");
        try (EventStream bureau = EventStream.open(bureauToken); EventStream sibling = EventStream.open(siblingToken);
             EventStream squad = EventStream.open(squadToken)) {
            long waiting = alarm(t.a, Duration.ofMinutes(16));
            long recent = alarm(t.a, Duration.ofMinutes(5));

            EventStream.Event escalated = bureau.await(EventStream.about("alarm.escalated", waiting), 15_000);
            assertNotNull(escalated, "the bureau's supervisor hears of it");
            assertEquals(t.bureau, escalated.data().path("escalatedTo").asLong());
            assertNotNull(squad.await(EventStream.about("alarm.changed", waiting), 5_000), "the squad's table updates");
            assertEquals(0, squad.received(EventStream.about("alarm.escalated", waiting)).size());
            assertEquals(0, sibling.received(e -> e.data() != null && e.data().path("id").asLong() == waiting).size(),
                    "squad B's supervisor hears nothing of squad A's alarm");

            JsonNode detail = Api.as(squadToken).get("/alarms/" + waiting).body();
            assertNotNull(detail.get("escalatedAt"), detail.toString());
            assertEquals("OPEN", detail.path("alarm").path("state").asText());
            assertEquals("ESCALATE", detail.path("handling").get(0).path("action").asText());
            assertNull(detail.path("handling").get(0).get("byUserId"), "the server escalated, not a person");
            assertEquals(0, detail.path("version").asInt(), "escalation leaves the version: a supervisor's ack still holds");
            assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'ALARM_ESCALATE' AND target_id = ?"
                    + " AND actor = 'system'", Long.toString(waiting)));

            Thread.sleep(5_000); // two more sweeps: once only, and not the recent alarm
            assertEquals(1, count("SELECT count(*) FROM alarm_handling WHERE alarm_id = ? AND action = 'ESCALATE'", waiting));
            assertEquals(0, count("SELECT count(*) FROM alarm WHERE id = ? AND escalated_at IS NOT NULL", recent));
            assertEquals(1, bureau.received(EventStream.about("alarm.escalated", waiting)).size());
        }
    }

    @Test
    void anAlarmStillUnacknowledgedAfterItsEscalationClimbsFromBrigadeToBureauAndStopsAtTheRoot() throws Exception {
        long bureauId = District.orgUnit();
        long brigadeId;
        try (Connection db = PrivateDatabase.connect()) {
            String code = "BR-" + System.nanoTime();
            brigadeId = Territory.insert(db, "INSERT INTO org_unit (parent_id, kind, name, code) VALUES (?, 'BRIGADE', ?, ?)"
                    + " RETURNING id", bureauId, "大队 " + code, code);
        }
        Territory.Squad squad = Territory.squadUnder(brigadeId);
        try (EventStream bureau = EventStream.open(Accounts.token(bureauId, "SUPERVISOR"));
             EventStream brigade = EventStream.open(Accounts.token(brigadeId, "SUPERVISOR"))) {
            long waiting = alarm(squad, Duration.ofMinutes(16));

            EventStream.Event first = brigade.await(EventStream.about("alarm.escalated", waiting), 15_000);
            assertNotNull(first, "the brigade's supervisor hears of it first");
            assertEquals(brigadeId, first.data().path("escalatedTo").asLong());
            assertEquals(1, first.data().path("escalationLevel").asInt());
            Thread.sleep(5_000); // two more sweeps: the brigade's period has only begun
            assertEquals(1, count("SELECT count(*) FROM alarm_handling WHERE alarm_id = ? AND action = 'ESCALATE'", waiting));

            // another period passes with nobody acknowledging
            sql("UPDATE alarm SET escalated_at = clock_timestamp() - interval '16 minutes' WHERE id = ?", waiting);
            EventStream.Event second = bureau.await(e -> EventStream.about("alarm.escalated", waiting).test(e)
                    && e.data().path("escalationLevel").asInt() == 2, 15_000);
            assertNotNull(second, "the bureau's supervisor hears of it next");
            assertEquals(bureauId, second.data().path("escalatedTo").asLong());
            assertEquals(1, brigade.received(EventStream.about("alarm.escalated", waiting)).size(),
                    "the brigade is not told of the bureau's escalation");
            assertEquals(2, count("SELECT count(*) FROM alarm_handling WHERE alarm_id = ? AND action = 'ESCALATE'", waiting));
            assertEquals(2, count("SELECT count(*) FROM audit_log WHERE action = 'ALARM_ESCALATE' AND target_id = ?",
                    Long.toString(waiting)));

            // at the root it stays
            sql("UPDATE alarm SET escalated_at = clock_timestamp() - interval '16 minutes' WHERE id = ?", waiting);
            Thread.sleep(5_000);
            assertEquals(2, count("SELECT count(*) FROM alarm_handling WHERE alarm_id = ? AND action = 'ESCALATE'", waiting));
            assertEquals(bureauId, count("SELECT escalated_to FROM alarm WHERE id = ?", waiting));
        }
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection db = PrivateDatabase.connect(); java.sql.PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}

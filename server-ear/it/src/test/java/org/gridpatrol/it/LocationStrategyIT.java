package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.count;
import static org.gridpatrol.it.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Location strategies: inherited down the org tree, overridden per officer, checked, scoped, audited, followed. */
@ExtendWith(ArquillianExtension.class)
class LocationStrategyIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    private static final String POWER_SAVING = "{\"profile\":\"POWER_SAVING\"}";
    private static final String CUSTOM = "{\"profile\":\"CUSTOM\",\"fixIntervalS\":10,\"accuracyM\":20,\"uploadIntervalS\":60,\"onDutyOnly\":false}";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void aUnitsStrategyIsInheritedAndAnOfficersOwnWinsUntilDeleted() throws Exception {
        Territory t = Territory.create();
        Api.As supervisor = Api.as(Accounts.token(t.bureau, "SUPERVISOR"));
        long officer = t.a.officer().id();
        JsonNode unset = supervisor.get("/org-units/" + t.a.id() + "/location-strategy").body();
        assertEquals("DEFAULT", unset.path("source").asText());
        assertEquals("PRECISE", unset.path("strategy").path("profile").asText());

        Api.Answer set = supervisor.put("/org-units/" + t.bureau + "/location-strategy", POWER_SAVING);
        assertEquals(200, set.status(), set.raw().body());
        JsonNode inherited = supervisor.get("/org-units/" + t.a.id() + "/location-strategy").body();
        assertEquals("ORG_UNIT", inherited.path("source").asText());
        assertEquals(t.bureau, inherited.path("orgUnitId").asLong());
        assertEquals(30, inherited.path("strategy").path("fixIntervalS").asInt());
        assertEquals(300, supervisor.get("/officers/" + officer + "/location-strategy").body()
                .path("strategy").path("uploadIntervalS").asInt());

        JsonNode own = supervisor.put("/officers/" + officer + "/location-strategy", CUSTOM).body();
        assertEquals("OFFICER", own.path("source").asText());
        JsonNode profile = Api.as(Territory.signIn(t.a.officer())).get("/mobile/profile").body();
        assertEquals("OFFICER", profile.path("locationStrategy").path("source").asText());
        assertEquals(10, profile.path("locationStrategy").path("strategy").path("fixIntervalS").asInt());
        assertFalse(profile.path("locationStrategy").path("strategy").path("onDutyOnly").asBoolean());
        assertEquals(t.a.officer().badge(), profile.path("badgeNo").asText());
        assertEquals(t.a.grid(), profile.path("gridsToday").get(0).path("gridId").asLong());

        JsonNode back = supervisor.delete("/officers/" + officer + "/location-strategy").body();
        assertEquals("ORG_UNIT", back.path("source").asText());
        assertEquals("POWER_SAVING", back.path("strategy").path("profile").asText());
        assertProblem(supervisor.delete("/officers/" + officer + "/location-strategy"), 404, "strategy.no-override");

        assertEquals(2, count("SELECT count(*) FROM audit_log WHERE target_type = 'officer_location_strategy'"
                + " AND target_id = ? AND outcome = 'SUCCESS'", Long.toString(officer)), "PUT and DELETE are audited");
        assertTrue(text("SELECT summary::text FROM audit_log WHERE target_type = 'org_unit_location_strategy'"
                + " AND target_id = ? ORDER BY id DESC LIMIT 1", Long.toString(t.bureau)).contains("POWER_SAVING"));
    }

    @Test
    void aStrategyOutOfBoundsIsRefusedWithTheRuleItBreaks() throws Exception {
        Territory t = Territory.create();
        String path = "/org-units/" + t.a.id() + "/location-strategy";
        assertProblem(Api.put(path, "{\"profile\":\"CUSTOM\",\"fixIntervalS\":0,\"accuracyM\":20,\"uploadIntervalS\":60,"
                + "\"onDutyOnly\":true}"), 422, "strategy.fix-interval-out-of-range");
        assertProblem(Api.put(path, "{\"profile\":\"CUSTOM\",\"fixIntervalS\":120,\"accuracyM\":20,\"uploadIntervalS\":60,"
                + "\"onDutyOnly\":true}"), 422, "strategy.upload-before-fix");
        assertProblem(Api.put(path, "{\"profile\":\"CUSTOM\",\"fixIntervalS\":5,\"accuracyM\":20,\"uploadIntervalS\":9000,"
                + "\"onDutyOnly\":true}"), 422, "strategy.upload-interval-out-of-range");
        assertProblem(Api.put(path, "{\"profile\":\"PRECISE\",\"fixIntervalS\":60}"), 422, "strategy.preset-values-differ");
        assertProblem(Api.put(path, "{}"), 422, "strategy.profile-unknown");
        assertProblem(Api.put(path, "{\"profile\":\"CUSTOM\",\"fixIntervalS\":\"often\"}"), 400, "json.wrong-shape");
        assertEquals("DEFAULT", Api.get(path).body().path("source").asText(), "nothing was stored");
    }

    @Test
    void aSupervisorOfSquadBFindsNothingOfSquadA() throws Exception {
        Territory t = Territory.create();
        Api.As squadB = Api.as(Accounts.token(t.b.id(), "SUPERVISOR"));
        long officerA = t.a.officer().id();
        assertProblem(squadB.get("/org-units/" + t.a.id() + "/location-strategy"), 404, "org-unit.not-found");
        assertEquals(404, squadB.put("/org-units/" + t.a.id() + "/location-strategy", POWER_SAVING).status());
        assertEquals(404, squadB.put("/org-units/" + t.bureau + "/location-strategy", POWER_SAVING).status());
        assertProblem(squadB.get("/officers/" + officerA + "/location-strategy"), 404, "officer.not-found");
        assertEquals(404, squadB.put("/officers/" + officerA + "/location-strategy", CUSTOM).status());
        assertEquals(404, squadB.delete("/officers/" + officerA + "/location-strategy").status());
        assertEquals(200, squadB.put("/org-units/" + t.b.id() + "/location-strategy", POWER_SAVING).status());
        assertEquals("DEFAULT", Api.get("/org-units/" + t.a.id() + "/location-strategy").body().path("source").asText());
    }

    private static String fixes(Instant first, int count, int everyS, double accuracy, double[] at) {
        List<String> fixes = new ArrayList<>();
        java.util.Random noise = new java.util.Random(11);
        for (int i = 0; i < count; i++) {
            fixes.add(String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":%.1f,"
                    + "\"speed\":1.1,\"provider\":\"gps\",\"mock\":false}", i + 1, first.plusSeconds((long) i * everyS),
                    at[0] + noise.nextGaussian() * 0.00003, at[1] + noise.nextGaussian() * 0.00003, accuracy));
        }
        return "{\"fixes\":[" + String.join(",", fixes) + "]}";
    }

    /** @return whether {@code officer.strategy-deviation} of the officer arrives within 10 s */
    private static boolean deviationEvent(BlockingQueue<String> lines, long officer) throws InterruptedException {
        String event = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line != null && line.startsWith("data:") && event.equals("officer.strategy-deviation")
                    && line.contains("\"officerId\":" + officer) && line.contains("UPLOAD_INTERVAL")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPhoneThatFixesAndUploadsTooRarelyIsFlaggedAndOneThatFollowsIsNot() throws Exception {
        PatrolBeat lax = PatrolBeat.create();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        CompletableFuture<?> stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(BASE + "/events"))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + Accounts.bootstrapToken()).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(events::add));
        Thread.sleep(500);
        double[] middle = {lax.origin()[0] + PatrolBeat.SIDE / 2, lax.origin()[1] + PatrolBeat.SIDE / 2};
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // a fix a minute for 20 minutes, all uploaded at once: the strategy (PRECISE) wants 5 s and 30 s
        Api.Answer stored = Api.as(lax.token()).post("/mobile/positions", fixes(now.minusSeconds(1200), 20, 60, 8, middle));
        assertEquals(200, stored.status(), stored.raw().body());
        JsonNode compliance = Api.get("/officers/" + lax.officer().id() + "/location-strategy").body().path("compliance");
        assertFalse(compliance.path("compliant").asBoolean(), compliance.toString());
        List<String> rules = new ArrayList<>();
        compliance.path("deviations").forEach(d -> rules.add(d.path("rule").asText()));
        assertEquals(List.of("FIX_INTERVAL", "UPLOAD_INTERVAL"), rules);
        assertEquals(60.0, compliance.path("deviations").get(0).path("measured").asDouble());
        assertEquals(20, compliance.path("fixesChecked").asInt());
        assertTrue(deviationEvent(events, lax.officer().id()), "the supervisors' desktops hear of it");
        stream.cancel(true);

        PatrolBeat keen = PatrolBeat.create();
        double[] there = {keen.origin()[0] + PatrolBeat.SIDE / 2, keen.origin()[1] + PatrolBeat.SIDE / 2};
        Api.as(keen.token()).post("/mobile/positions", fixes(now.minusSeconds(50), 10, 5, 8, there));
        JsonNode followed = Api.get("/officers/" + keen.officer().id() + "/location-strategy").body().path("compliance");
        assertTrue(followed.path("compliant").asBoolean(), followed.toString());
        assertEquals(0, followed.path("deviations").size());
    }

    private static List<JsonNode> strategyMessages(Api.As phone, long after) {
        List<JsonNode> found = new ArrayList<>();
        phone.get("/mobile/messages?wait=0&after=" + after).body().path("messages").forEach(m -> {
            if (m.path("kind").asText().equals("STRATEGY")) {
                found.add(m.path("body"));
            }
        });
        return found;
    }

    @Test
    void anOfficerMovedToASquadWithAnotherStrategyIsToldAndOneMovedToTheSameIsNot() throws Exception {
        Territory t = Territory.create();
        Territory.Squad c = Territory.squadUnder(t.bureau);
        Api.As supervisor = Api.as(Accounts.token(t.bureau, "SUPERVISOR"));
        long officer = t.a.officer().id();
        Api.As phone = Api.as(Territory.signIn(t.a.officer()));
        long cursor = phone.get("/mobile/messages?wait=0").body().path("cursor").asLong();
        assertEquals(200, supervisor.put("/org-units/" + t.b.id() + "/location-strategy", POWER_SAVING).status());

        // A and C both follow the built-in PRECISE: nothing changes for the phone
        Api.Answer toC = supervisor.post("/officers/" + officer + "/transfer", Fixtures.json("squadId", c.id()));
        assertEquals(200, toC.status(), toC.raw().body());
        assertEquals(List.of(), strategyMessages(phone, cursor));

        Api.Answer toB = supervisor.post("/officers/" + officer + "/transfer", Fixtures.json("squadId", t.b.id()));
        assertEquals(200, toB.status(), toB.raw().body());
        List<JsonNode> told = strategyMessages(phone, cursor);
        assertEquals(1, told.size(), told.toString());
        assertEquals("POWER_SAVING", told.get(0).path("strategy").path("profile").asText());
        assertEquals("ORG_UNIT", told.get(0).path("source").asText());
        assertEquals(t.b.id(), told.get(0).path("orgUnitId").asLong());

        // with a strategy of his own he keeps it wherever he goes
        assertEquals(200, supervisor.put("/officers/" + officer + "/location-strategy", CUSTOM).status());
        long afterOwn = phone.get("/mobile/messages?wait=0&after=" + cursor).body().path("cursor").asLong();
        assertEquals(200, supervisor.post("/officers/" + officer + "/transfer", Fixtures.json("squadId", t.a.id())).status());
        assertEquals(List.of(), strategyMessages(phone, afterOwn));
    }

    /** Puts the beat's officer on a shift of a weekday outside the days around now: he is off duty. */
    private static void offDuty(PatrolBeat beat) throws Exception {
        java.time.DayOfWeek away = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).getDayOfWeek();
        try (java.sql.Connection db = PrivateDatabase.connect()) {
            long shift = Territory.insert(db, "INSERT INTO shift (name, org_unit_id) VALUES (?, ?) RETURNING id",
                    "周班 " + beat.officer().badge(), beat.officer().squadId());
            Territory.insert(db, "INSERT INTO shift_window (shift_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)"
                    + " RETURNING id", shift, away.getValue(), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(12, 0));
            Territory.insert(db, "UPDATE assignment SET shift_id = ? WHERE officer_id = ? RETURNING id", shift,
                    beat.officer().id());
        }
    }

    @Test
    void fixesSentOffDutyBreakAStrategyThatRecordsOnlyOnDutyUnlessTheOfficerClockedIn() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PatrolBeat idle = PatrolBeat.create();
        offDuty(idle);
        double[] there = {idle.origin()[0] + PatrolBeat.SIDE / 2, idle.origin()[1] + PatrolBeat.SIDE / 2};
        assertEquals(200, Api.as(idle.token()).post("/mobile/positions", fixes(now.minusSeconds(50), 10, 5, 8, there)).status());
        JsonNode flagged = Api.get("/officers/" + idle.officer().id() + "/location-strategy").body();
        assertTrue(flagged.path("strategy").path("onDutyOnly").asBoolean(), flagged.toString());
        List<String> rules = new ArrayList<>();
        flagged.path("compliance").path("deviations").forEach(d -> rules.add(d.path("rule").asText()));
        assertEquals(List.of("OFF_DUTY_FIXES"), rules, flagged.toString());
        assertEquals(10.0, flagged.path("compliance").path("deviations").get(0).path("measured").asDouble());

        PatrolBeat working = PatrolBeat.create();
        offDuty(working);
        double[] here = {working.origin()[0] + PatrolBeat.SIDE / 2, working.origin()[1] + PatrolBeat.SIDE / 2};
        Api.Answer in = Api.as(working.token()).post("/mobile/clock", String.format(Locale.ROOT,
                "{\"kind\":\"IN\",\"at\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":10}", now.minusSeconds(120), here[0], here[1]));
        assertEquals(200, in.status(), in.raw().body());
        assertEquals(200, Api.as(working.token()).post("/mobile/positions", fixes(now.minusSeconds(50), 10, 5, 8, here)).status());
        JsonNode followed = Api.get("/officers/" + working.officer().id() + "/location-strategy").body().path("compliance");
        assertTrue(followed.path("compliant").asBoolean(), "clocked in outside his shift, he is on duty: " + followed);
    }
}

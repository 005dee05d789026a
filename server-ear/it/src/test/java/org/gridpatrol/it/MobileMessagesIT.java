package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages to the phone by long-poll: only the officer's own, in order, resumable, woken at once. */
@ExtendWith(ArquillianExtension.class)
class MobileMessagesIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.path("messages").forEach(m -> kinds.add(m.path("kind").asText()));
        return kinds;
    }

    private static List<String> notices(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.path("messages").forEach(m -> {
            if (m.path("kind").asText().equals("NOTICE")) {
                texts.add(m.path("body").path("text").asText());
            }
        });
        return texts;
    }

    @Test
    void noticesReachOnlyTheirOfficersAndAReconnectFromTheCursorLosesNothing() throws Exception {
        Territory t = Territory.create();
        Api.As supervisor = Api.as(Accounts.token(t.bureau, "SUPERVISOR"));
        Api.As phoneA = Api.as(Territory.signIn(t.a.officer()));
        Api.As phoneB = Api.as(Territory.signIn(t.b.officer()));

        Api.Answer one = supervisor.post("/officers/" + t.a.officer().id() + "/notices", "{\"text\":\"到东门集合 Meet at the east gate\"}");
        assertEquals(202, one.status(), one.raw().body());
        assertEquals(1, one.body().path("officers").asInt());
        JsonNode first = phoneA.get("/mobile/messages?after=0&wait=0").body();
        assertEquals(List.of("到东门集合 Meet at the east gate"), notices(first));
        long cursor = first.path("cursor").asLong();

        // the phone is offline while the whole bureau is told something; it asks again from its cursor
        assertEquals(2, supervisor.post("/org-units/" + t.bureau + "/notices", "{\"text\":\"今晚加班\"}").body().path("officers").asInt());
        JsonNode later = phoneA.get("/mobile/messages?after=" + cursor + "&wait=0").body();
        assertEquals(List.of("NOTICE"), kinds(later));
        assertEquals(List.of("今晚加班"), notices(later));
        assertEquals(later.path("messages").get(0).path("id").asLong(), later.path("cursor").asLong());
        JsonNode none = phoneA.get("/mobile/messages?after=" + later.path("cursor").asLong() + "&wait=0").body();
        assertEquals(0, none.path("messages").size());
        assertEquals(later.path("cursor").asLong(), none.path("cursor").asLong());

        JsonNode b = phoneB.get("/mobile/messages?wait=0").body();
        assertEquals(List.of("今晚加班"), notices(b), "B never sees what was sent to A alone");
        b.path("messages").forEach(m -> {
            if (m.has("body") && m.path("body").has("alarmId")) {
                assertEquals(t.b.alarm(), m.path("body").path("alarmId").asLong(), "only his own alarms");
            }
        });

        assertProblem(supervisor.post("/officers/" + t.a.officer().id() + "/notices", "{\"text\":\"  \"}"), 422, "notice.text-missing");
        Api.As squadB = Api.as(Accounts.token(t.b.id(), "SUPERVISOR"));
        assertProblem(squadB.post("/officers/" + t.a.officer().id() + "/notices", "{\"text\":\"x\"}"), 404, "officer.not-found");
        assertProblem(squadB.post("/org-units/" + t.a.id() + "/notices", "{\"text\":\"x\"}"), 404, "org-unit.not-found");
        assertProblem(phoneA.get("/mobile/messages?wait=61"), 400, "messages.wait-out-of-range");
        assertProblem(phoneA.get("/mobile/messages?after=-3"), 400, "messages.cursor-invalid");
    }

    @Test
    void aWaitingPhoneHearsOfItsNewStrategyAtOnce() throws Exception {
        Territory t = Territory.create();
        String token = Territory.signIn(t.a.officer());
        long cursor = Api.as(token).get("/mobile/messages?wait=0").body().path("cursor").asLong();

        CompletableFuture<HttpResponse<String>> poll = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(BASE + "/mobile/messages?after=" + cursor + "&wait=30"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1500);
        assertTrue(!poll.isDone(), "the poll waits while there is nothing");
        Api.Answer set = Api.put("/org-units/" + t.bureau + "/location-strategy", "{\"profile\":\"POWER_SAVING\"}");
        assertEquals(200, set.status(), set.raw().body());
        long changed = System.nanoTime();

        HttpResponse<String> answer = poll.get(15, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - changed) / 1e9;
        JsonNode page = Api.JSON.readTree(answer.body());
        assertEquals(List.of("STRATEGY"), kinds(page), answer.body());
        JsonNode strategy = page.path("messages").get(0).path("body");
        assertEquals("POWER_SAVING", strategy.path("strategy").path("profile").asText());
        assertEquals("ORG_UNIT", strategy.path("source").asText());
        assertTrue(seconds < 5, "answered " + seconds + " s after the change");
        System.out.printf(Locale.ROOT, "strategy change reached the waiting phone %.2f s after the change was committed%n", seconds);

        long quiet = System.nanoTime();
        JsonNode empty = Api.as(token).get("/mobile/messages?after=" + page.path("cursor").asLong() + "&wait=1").body();
        assertEquals(0, empty.path("messages").size());
        assertTrue((System.nanoTime() - quiet) / 1e9 >= 0.9, "an empty poll waits its time");
    }

    @Test
    void theOfficerIsToldWhenHeLeavesHisGridAndWhenHeIsBack() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double[] o = beat.origin();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(35));
        java.util.Random noise = new java.util.Random(7);
        // walking (1.5 m/s) from just inside his grid's south edge to 300 m south of it, 12 minutes there,
        // back, and 11 minutes inside (the alarm ends after as long back as it took to open)
        double inside = o[1] + 0.0003;
        double away = o[1] - 0.0027;
        int walk = 230;
        List<String> fixes = new ArrayList<>();
        for (int s = 0, seq = 1; s < 60 + walk + 720 + walk + 660; s += 10, seq++) {
            double share = s < 60 ? 0 : s < 60 + walk ? (s - 60) / (double) walk : s < 60 + walk + 720 ? 1
                    : s < 60 + 2 * walk + 720 ? 1 - (s - 60 - walk - 720) / (double) walk : 0;
            double lat = inside + (away - inside) * share;
            fixes.add(String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":10,"
                    + "\"speed\":1.5,\"provider\":\"gps\",\"mock\":false}", seq, t0.plusSeconds(s),
                    o[0] + PatrolBeat.SIDE / 2 + noise.nextGaussian() * 0.00003, lat + noise.nextGaussian() * 0.00003));
        }
        Api.Answer stored = Api.as(beat.token()).post("/mobile/positions", "{\"fixes\":[" + String.join(",", fixes) + "]}");
        assertEquals(200, stored.status(), stored.raw().body());

        JsonNode page = Api.as(beat.token()).get("/mobile/messages?wait=5").body();
        List<JsonNode> offPost = new ArrayList<>();
        page.path("messages").forEach(m -> {
            if (m.path("body").path("type").asText().equals("OFF_POST")) {
                offPost.add(m);
            }
        });
        assertEquals(2, offPost.size(), page.toString());
        assertEquals("ALARM_OPENED", offPost.get(0).path("kind").asText());
        assertEquals("你已离开责任网格", offPost.get(0).path("body").path("textZh").asText());
        assertEquals("You are outside your grid", offPost.get(0).path("body").path("textEn").asText());
        assertEquals("ALARM_CLOSED", offPost.get(1).path("kind").asText());
        assertTrue(offPost.get(1).path("body").path("textZh").asText().startsWith("已解除"));
    }

    @Test
    void anAlarmRaisedWhileThePhoneWaitsWakesIt() throws Exception {
        Territory t = Territory.create();
        String token = Territory.signIn(t.a.officer());
        long cursor = Api.as(token).get("/mobile/messages?wait=0").body().path("cursor").asLong();
        CompletableFuture<HttpResponse<String>> poll = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(BASE + "/mobile/messages?after=" + cursor + "&wait=30"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1000);
        // the lost-contact timer writes alarms outside any request; the phone hears of it all the same
        try (Connection db = PrivateDatabase.connect(); PreparedStatement end = db.prepareStatement(
                "UPDATE alarm SET ended_at = now() WHERE id = ?")) {
            end.setLong(1, t.a.alarm());
            end.executeUpdate();
        }
        JsonNode page = Api.JSON.readTree(poll.get(10, TimeUnit.SECONDS).body());
        assertEquals(List.of("ALARM_CLOSED"), kinds(page));
        assertEquals("STILL", page.path("messages").get(0).path("body").path("type").asText());
    }

    private static long message(Connection db, long officer, String createdAgo) throws Exception {
        return Territory.insert(db, "INSERT INTO mobile_message (officer_id, kind, body, created_at) VALUES (?, 'NOTICE',"
                + " '{\"text\":\"旧通知\"}', now() - ?::interval) RETURNING id", officer, createdAgo);
    }

    private static boolean exists(long id) throws Exception {
        return Fixtures.count("SELECT count(*) FROM mobile_message WHERE id = ?", id) == 1;
    }

    /** Waits for the purge timer (every 2 s in the tests) to have run at least once more. */
    private static void untilGone(long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (exists(id) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    @Test
    void deliveredMessagesOlderThanTheRetentionAreDeletedAndUndeliveredOrYoungOnesKept() throws Exception {
        Territory t = Territory.create();
        long officer = t.a.officer().id();
        long oldRead;
        long oldUnread;
        long young;
        long otherOfficersOld;
        try (Connection db = PrivateDatabase.connect()) {
            oldRead = message(db, officer, "40 days");
            oldUnread = message(db, officer, "35 days");
            young = message(db, officer, "29 days");
            otherOfficersOld = message(db, t.b.officer().id(), "40 days");
        }
        Api.As phone = Api.as(Territory.signIn(t.a.officer()));
        // asking for what comes after oldRead says the phone has it
        phone.get("/mobile/messages?wait=0&after=" + oldRead);
        untilGone(oldRead);
        assertFalse(exists(oldRead), "delivered and 40 days old: deleted");
        assertTrue(exists(oldUnread), "never delivered: kept however old");
        assertTrue(exists(otherOfficersOld), "another officer's phone never confirmed it");

        phone.get("/mobile/messages?wait=0&after=" + young);
        untilGone(oldUnread);
        assertFalse(exists(oldUnread));
        Thread.sleep(3000);
        assertTrue(exists(young), "delivered but younger than 30 days: kept");
        JsonNode page = phone.get("/mobile/messages?wait=0&after=0").body();
        assertTrue(page.path("messages").findValues("id").stream().anyMatch(id -> id.asLong() == young), page.toString());
    }
}

package org.gridpatrol.it;

import static org.gridpatrol.it.District.cell;
import static org.gridpatrol.it.District.count;
import static org.gridpatrol.it.District.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fixes in through the mobile API, alarms out through the alarm API: the engine hosted in the server. */
@ExtendWith(ArquillianExtension.class)
class AlarmIT {
    private static final double SIDE = PatrolBeat.SIDE;
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static String fix(long seq, Instant t, double lon, double lat, boolean mock) {
        return String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":10,"
                + "\"speed\":1.2,\"provider\":\"gps\",\"mock\":%s}", seq, t, lon, lat, mock);
    }

    private static Api.Answer upload(PatrolBeat patch, List<String> fixes) {
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/positions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + patch.token())
                .POST(HttpRequest.BodyPublishers.ofString("{\"fixes\":[" + String.join(",", fixes) + "]}")));
    }

    @Test
    void threeMinutesInANeighboursGridRaiseExactlyOneCrossZoneAlarmThatEndsOnReturn() throws Exception {
        PatrolBeat patch = PatrolBeat.create();
        double[] o = patch.origin();
        double lat = o[1] + SIDE / 2;
        double homeLon = o[0] + SIDE / 2;
        double awayLon = o[0] + SIDE * 1.4; // ~150 m deep into the neighbour's grid
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        java.util.Random noise = new java.util.Random(3); // a real receiver never repeats a position exactly
        List<String> fixes = new ArrayList<>();
        long seq = 0;
        for (int s = 0; s < 600; s += 10) {
            double lon = s >= 60 && s < 240 ? awayLon : homeLon;
            fixes.add(fix(++seq, t0.plusSeconds(s), lon + noise.nextGaussian() * 0.00003,
                    lat + noise.nextGaussian() * 0.00003, false));
        }

        Api.Answer receipt = upload(patch, fixes);
        assertEquals(200, receipt.status(), receipt.raw().body());

        JsonNode alarms = Api.get("/alarms?officer=" + patch.officer().id()).body();
        assertEquals(1, alarms.size(), alarms.toString());
        JsonNode alarm = alarms.get(0);
        assertEquals("CROSS_ZONE", alarm.path("type").asText());
        assertEquals(patch.neighbour(), alarm.path("gridId").asLong());
        assertEquals(patch.officer().squadId(), alarm.path("orgUnitId").asLong());
        long start = Duration.between(t0, Instant.parse(alarm.path("startedAt").asText())).toSeconds();
        long end = Duration.between(t0, Instant.parse(alarm.path("endedAt").asText())).toSeconds();
        assertTrue(start >= 50 && start <= 80, "started " + start + " s in");
        assertTrue(end >= 230 && end <= 260, "ended " + end + " s in");
        assertEquals(1, Api.get("/alarms/counts?officer=" + patch.officer().id()).body().path("CROSS_ZONE").asLong());

        // the same batch again stores nothing and raises nothing more
        upload(patch, fixes);
        assertEquals(1, count("SELECT count(*) FROM alarm WHERE officer_id = ?", patch.officer().id()));
        assertEquals(1, count("SELECT count(*) FROM officer_status WHERE officer_id = ? AND engine_state <> '{}'::jsonb",
                patch.officer().id()), "the engine's state is kept for a restart");
    }

    @Test
    void walkingInsideTheOwnGridWithNoiseRaisesNothingButAMockAppDoes() throws Exception {
        PatrolBeat patch = PatrolBeat.create();
        double[] o = patch.origin();
        java.util.Random random = new java.util.Random(5);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(40));
        List<String> fixes = new ArrayList<>();
        long seq = 0;
        for (int s = 0; s < 900; s += 10) {
            double lon = o[0] + SIDE * (0.3 + 0.4 * s / 900.0) + random.nextGaussian() * 0.0001;
            double lat = o[1] + SIDE * 0.5 + random.nextGaussian() * 0.0001;
            fixes.add(fix(++seq, t0.plusSeconds(s), lon, lat, false));
        }
        upload(patch, fixes);
        assertEquals(0, Api.get("/alarms?officer=" + patch.officer().id()).body().size());

        List<String> mocked = new ArrayList<>();
        for (int s = 900; s < 1020; s += 10) {
            mocked.add(fix(++seq, t0.plusSeconds(s), o[0] + SIDE / 2, o[1] + SIDE / 2, true));
        }
        upload(patch, mocked);
        JsonNode alarms = Api.get("/alarms?officer=" + patch.officer().id() + "&type=FAKE_LOCATION").body();
        assertEquals(1, alarms.size(), alarms.toString());
        assertEquals("MOCK_PROVIDER", alarms.get(0).path("reason").asText());
    }

    @Test
    void theAlarmReachesTheEventStreamAndAReconnectCatchesUp() throws Exception {
        PatrolBeat patch = PatrolBeat.create();
        double[] o = patch.origin();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.concurrent.CompletableFuture<?> stream = http.sendAsync(
                HttpRequest.newBuilder(URI.create(BASE + "/events")).header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + Accounts.bootstrapToken()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        Thread.sleep(500);

        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        long sent = System.nanoTime();
        upload(patch, List.of(fix(1, t0, o[0] + SIDE / 2, o[1] + SIDE / 2, true)));

        String id = null;
        boolean opened = false;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        String event = "";
        String data = null;
        while (!opened && System.nanoTime() < deadline) {
            String line = lines.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:") && event.equals("alarm.opened")) {
                opened = line.contains("\"officerId\":" + patch.officer().id()) && line.contains("FAKE_LOCATION");
                data = line.substring(5).strip();
            }
        }
        stream.cancel(true);
        assertTrue(opened, "alarm.opened arrived on the stream");
        // the engine's event names the stored alarm, so a desktop can acknowledge what it heard of
        JsonNode heard = Api.JSON.readTree(data);
        long alarmId = heard.path("id").asLong();
        assertEquals(Fixtures.count("SELECT max(id) FROM alarm WHERE officer_id = ? AND type = 'FAKE_LOCATION'",
                patch.officer().id()), alarmId, data);
        assertEquals("OPEN", heard.path("state").asText(), data);
        assertEquals(patch.officer().badge(), heard.path("badgeNo").asText(), data);
        assertFalse(heard.path("officerName").asText().isBlank(), data);
        JsonNode phone = Api.as(patch.token()).get("/mobile/messages?after=0&wait=0").body();
        boolean told = false;
        for (JsonNode m : phone.path("messages")) {
            told |= m.path("body").path("alarmId").asLong() == alarmId;
        }
        assertTrue(told, "the phone's message names the same alarm: " + phone);
        Api.Answer ack = Api.post("/alarms/" + alarmId + "/acknowledge", "{\"version\":0,\"note\":\"seen on the stream\"}");
        assertEquals(200, ack.status(), ack.raw().body());
        System.out.printf("alarm reached the stream %.0f ms after the upload was sent%n", (System.nanoTime() - sent) / 1e6);

        // a desktop reconnecting from an earlier event id gets it again
        long before = Long.parseLong(id) - 1;
        java.util.concurrent.BlockingQueue<String> replay = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.CompletableFuture<?> again = http.sendAsync(
                HttpRequest.newBuilder(URI.create(BASE + "/events")).header("Last-Event-ID", Long.toString(before))
                        .header("Authorization", "Bearer " + Accounts.bootstrapToken()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(replay::add));
        boolean replayed = false;
        deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (!replayed && System.nanoTime() < deadline) {
            String line = replay.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            replayed = line != null && line.contains("FAKE_LOCATION") && line.contains("\"officerId\":" + patch.officer().id());
        }
        again.cancel(true);
        assertTrue(replayed, "Last-Event-ID replays what was missed");
    }

    @Test
    void aLostContactAlarmRaisedByTheTimerReachesTheStreamWithItsId() throws Exception {
        PatrolBeat patch = PatrolBeat.create();
        try (EventStream events = EventStream.open(Accounts.bootstrapToken())) {
            try (Connection db = PrivateDatabase.connect(); PreparedStatement silent = db.prepareStatement(
                    "INSERT INTO officer_status (officer_id, last_fix_time, last_contact_at)"
                            + " VALUES (?, now() - interval '12 minutes', now() - interval '12 minutes')")) {
                silent.setLong(1, patch.officer().id());
                silent.executeUpdate();
            }
            // the timer looks every minute
            EventStream.Event opened = events.await(e -> e.name().equals("alarm.opened") && e.data() != null
                    && e.data().path("officerId").asLong() == patch.officer().id(), 75_000);
            assertTrue(opened != null, "alarm.opened of the lost contact arrived");
            assertEquals("LOST_CONTACT", opened.data().path("type").asText());
            assertEquals(Fixtures.count("SELECT id FROM alarm WHERE officer_id = ? AND type = 'LOST_CONTACT'",
                    patch.officer().id()), opened.data().path("id").asLong(), opened.data().toString());
            assertEquals("OPEN", opened.data().path("state").asText());
        }
    }

    @Test
    void theReplayTrackHasTheKnownMileageStopAndAlarm() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double[] o = beat.origin();
        double lat = o[1] + SIDE / 2;
        double lonPerMetre = 1 / (111_320 * Math.cos(Math.toRadians(lat)));
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        java.util.Random noise = new java.util.Random(1);
        List<String> fixes = new ArrayList<>();
        long seq = 0;
        // 300 m east in 240 s, then 6 minutes standing, then a mock fix
        for (int s = 0; s <= 240; s += 10) {
            fixes.add(fix(++seq, t0.plusSeconds(s), o[0] + 0.0003 + s * 1.25 * lonPerMetre, lat, false));
        }
        for (int s = 250; s <= 610; s += 10) {
            fixes.add(fix(++seq, t0.plusSeconds(s), o[0] + 0.0003 + 300 * lonPerMetre + noise.nextGaussian() * 2 * lonPerMetre,
                    lat + noise.nextGaussian() * 0.00002, false));
        }
        fixes.add(fix(++seq, t0.plusSeconds(620), o[0] + 0.0003 + 300 * lonPerMetre, lat, true));
        upload(beat, fixes);

        JsonNode track = Api.get("/tracks/" + beat.officer().id() + "?from=" + t0.minusSeconds(60) + "&to="
                + t0.plusSeconds(3600) + "&tolerance=5").body();

        assertEquals(fixes.size(), track.path("raw").size());
        double mileage = track.path("mileageM").asDouble();
        assertTrue(mileage > 290 && mileage < 320, "300 m walked; standing jitter does not count: " + mileage);
        assertEquals(1, track.path("stops").size(), track.path("stops").toString());
        assertEquals("LineString", track.path("cleaned").path("type").asText());
        assertTrue(track.path("cleaned").path("coordinates").size() < fixes.size(), "simplified for display");
        assertEquals("FAKE_LOCATION", track.path("alarms").get(0).path("type").asText());
        assertEquals(400, Api.get("/tracks/" + beat.officer().id() + "?from=" + t0 + "&to=" + t0.plus(Duration.ofDays(9)))
                .status());
    }

    @Test
    void badFiltersAreProblems() {
        assertEquals("alarm.type-unknown", Api.get("/alarms?type=NAP").body().path("code").asText());
        assertEquals("query.invalid", Api.get("/alarms?from=monday").body().path("code").asText());
        assertEquals(400, Api.get("/alarms?limit=5000").status());
    }
}

package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The integration API's read side: scopes of the key, its org subtree, and cursor paging. */
@ExtendWith(ArquillianExtension.class)
class IntegrationFeedIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static Api.As key(long orgUnitId, String... scopes) throws Exception {
        Api.As secadmin = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        Api.Answer key = secadmin.post("/api-keys", Fixtures.json("name", Fixtures.unique("erp"), "orgUnitId", orgUnitId,
                "scopes", List.of(scopes)));
        assertEquals(201, key.status(), key.raw().body());
        return Api.apiKey(key.body().path("key").asText());
    }

    @Test
    void aKeyWithoutTheScopeIsRefusedAndSeesOnlyItsSubtree() throws Exception {
        Territory t = Territory.create();
        Api.As gridsOnly = key(t.a.id(), "grid:read");
        Api.As alarmsOfA = key(t.a.id(), "alarm:read");

        assertProblem(gridsOnly.get("/integration/alarms"), 403, "auth.forbidden");
        assertProblem(gridsOnly.get("/integration/attendance?from=2026-11-01"), 403, "auth.forbidden");
        Api.Answer grids = gridsOnly.get("/integration/grids?limit=1000");
        assertEquals(200, grids.status(), grids.raw().body());
        assertTrue(grids.contentType().startsWith("application/geo+json"), grids.contentType());
        assertEquals("FeatureCollection", grids.body().path("type").asText());

        assertEquals(t.a.alarm(), alarmsOfA.get("/integration/alarms/" + t.a.alarm()).body().path("id").asLong());
        assertProblem(alarmsOfA.get("/integration/alarms/" + t.b.alarm()), 404, "alarm.not-found");
        Set<Long> listed = new HashSet<>();
        for (JsonNode page : pages(alarmsOfA, "/integration/alarms?limit=1000")) {
            page.path("items").forEach(a -> listed.add(a.path("id").asLong()));
        }
        assertTrue(listed.contains(t.a.alarm()), listed.toString());
        assertFalse(listed.contains(t.b.alarm()), listed.toString());
        assertProblem(alarmsOfA.get("/integration/alarms?cursor=not-a-cursor"), 400, "cursor.invalid");
    }

    @Test
    void cursorPagingReturnsEveryRowExactlyOnceWhileRowsArriveAndCommitLate() throws Exception {
        Territory t = Territory.create();
        Api.As reader = key(t.bureau, "alarm:read");
        ExecutorService writers = Executors.newFixedThreadPool(2);
        // one writer commits at once; the other holds each row uncommitted a while, so rows commit out of order
        Future<?> quick = writers.submit(() -> write(t, 40, 0));
        Future<?> slow = writers.submit(() -> write(t, 8, 700));

        List<Long> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        boolean writing = true;
        while (true) {
            Api.Answer page = reader.get("/integration/alarms?limit=7&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertEquals(200, page.status(), page.raw().body());
            page.body().path("items").forEach(a -> seen.add(a.path("id").asLong()));
            cursor = page.body().path("next").asText();
            pages++;
            if (!page.body().path("more").asBoolean()) {
                if (!writing) {
                    break;
                }
                writing = !(quick.isDone() && slow.isDone());
                Thread.sleep(50);
            }
        }
        quick.get();
        slow.get();
        writers.shutdown();

        assertEquals(new HashSet<>(seen).size(), seen.size(), "a row came twice: " + seen);
        Set<Long> stored = new HashSet<>();
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM alarm WHERE org_unit_id IN (?, ?)")) {
            query.setLong(1, t.a.id());
            query.setLong(2, t.b.id());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stored.add(row.getLong(1));
                }
            }
        }
        assertEquals(50, stored.size());
        assertEquals(stored, new HashSet<>(seen));
        assertTrue(pages > 8, "read in " + pages + " pages");
    }

    @Test
    void yesterdaysDutyAttendanceAndTrackArePagedPerOfficer() throws Exception {
        Territory t = Territory.create();
        long officer = t.a.officer().id();
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate yesterday = java.time.LocalDate.now(zone).minusDays(1);
        java.time.Instant nine = yesterday.atTime(9, 0).atZone(zone).toInstant();
        try (Connection db = PrivateDatabase.connect()) {
            // an officer has days from the day he was made on
            Territory.insert(db, "UPDATE officer SET created_at = now() - interval '3 days' WHERE id = ? RETURNING id", officer);
            Territory.insert(db, "INSERT INTO clock_event (officer_id, kind, at) VALUES (?, 'IN', ?) RETURNING id",
                    officer, java.sql.Timestamp.from(nine));
            Territory.insert(db, "INSERT INTO clock_event (officer_id, kind, at) VALUES (?, 'OUT', ?) RETURNING id",
                    officer, java.sql.Timestamp.from(nine.plusSeconds(8 * 3600)));
            Territory.insert(db, "INSERT INTO alarm (type, officer_id, org_unit_id, started_at) VALUES ('LATE', ?, ?, ?) RETURNING id",
                    officer, t.a.id(), java.sql.Timestamp.from(nine));
            for (int seq = 1; seq <= 3; seq++) {
                Territory.insert(db, "INSERT INTO fix (device_id, officer_id, seq, fix_time, lon, lat, provider)"
                        + " VALUES (?, ?, ?, ?, 117.36, 32.93, 'gps') RETURNING seq", t.a.device(), officer, (long) seq,
                        java.sql.Timestamp.from(nine.plusSeconds(60L * seq)));
            }
        }
        Api.As reader = key(t.a.id(), "duty:read", "track:read");

        JsonNode duty = reader.get("/integration/duty-summaries?from=" + yesterday + "&to=" + yesterday.plusDays(5)).body();
        assertEquals(1, duty.path("items").size(), duty.toString());
        JsonNode day = duty.path("items").get(0);
        assertEquals(yesterday.toString(), day.path("day").asText());
        assertEquals(officer, day.path("officerId").asLong());
        assertEquals(8 * 3600, day.path("onDutySeconds").asLong(), day.toString());
        assertEquals(3, day.path("fixes").asInt());
        assertEquals(1, day.path("alarmsByType").path("LATE").asInt(), day.toString());
        JsonNode attendance = reader.get("/integration/attendance?from=" + yesterday).body().path("items").get(0);
        assertTrue(attendance.path("late").asBoolean(), attendance.toString());
        assertFalse(attendance.path("absent").asBoolean());
        String resumed = reader.get("/integration/attendance?from=" + yesterday + "&cursor=" + duty.path("next").asText())
                .body().path("items").toString();
        assertEquals("[]", resumed, "nothing after the last row until another day is over");

        String window = "&from=" + nine.minusSeconds(3600) + "&to=" + nine.plusSeconds(3600);
        Api.Answer first = reader.get("/integration/tracks?format=csv&limit=2&officer=" + officer + window);
        assertEquals(200, first.status(), first.raw().body());
        assertTrue(first.contentType().startsWith("text/csv"), first.contentType());
        assertEquals(3, first.raw().body().split("\n").length, first.raw().body());
        assertEquals("true", first.raw().headers().firstValue("X-More").orElse(""));
        String next = first.raw().headers().firstValue("X-Next-Cursor").orElseThrow();
        Api.Answer rest = reader.send(java.net.http.HttpRequest.newBuilder(URI.create(BASE + "/integration/tracks?limit=2&officer="
                + officer + window + "&cursor=" + next)).header("Accept", "application/geo+json").GET());
        assertEquals(1, rest.body().path("features").size(), rest.raw().body());
        assertEquals(3, rest.body().path("features").get(0).path("properties").path("seq").asInt());
        assertFalse(rest.body().path("more").asBoolean());
        assertProblem(reader.get("/integration/tracks?officer=" + t.b.officer().id() + window), 404, "officer.not-found");
    }

    private static void write(Territory t, int rows, long holdMs) {
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO alarm (type, officer_id, grid_id, org_unit_id,"
                     + " started_at) VALUES ('STILL', ?, ?, ?, clock_timestamp() - interval '2 hours')")) {
            db.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                Territory.Squad squad = i % 2 == 0 ? t.a : t.b;
                insert.setLong(1, squad.officer().id());
                insert.setLong(2, squad.grid());
                insert.setLong(3, squad.id());
                insert.executeUpdate();
                Thread.sleep(holdMs > 0 ? holdMs : 15);
                db.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> pages(Api.As as, String path) {
        List<JsonNode> pages = new ArrayList<>();
        String cursor = "";
        do {
            Api.Answer page = as.get(path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertEquals(200, page.status(), page.raw().body());
            pages.add(page.body());
            cursor = page.body().path("next").asText();
        } while (pages.get(pages.size() - 1).path("more").asBoolean());
        return pages;
    }
}

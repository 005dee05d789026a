package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * {@code GET /officers/positions}: each officer's newest stored fix (not the last one uploaded),
 * only within the caller's scope and window; bad windows refused with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class LastPositionIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static void upload(Territory.Squad squad, int firstSeq, Instant t0, double lon, double lat, int n) {
        List<String> fixes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fixes.add(String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":7,"
                    + "\"speed\":1.2,\"provider\":\"gps\"}", firstSeq + i, t0.plusSeconds(10L * i), lon + i * 1e-4, lat));
        }
        Api.Answer answer = Api.as(Territory.signIn(squad.officer())).post("/mobile/positions",
                "{\"fixes\":[" + String.join(",", fixes) + "]}");
        assertEquals(200, answer.status(), answer.raw().body());
    }

    private static JsonNode of(JsonNode list, long officerId) {
        for (JsonNode position : list) {
            if (position.path("officerId").asLong() == officerId) {
                return position;
            }
        }
        return null;
    }

    @Test
    void eachOfficersNewestFixWithinScopeAndWindow() throws Exception {
        Territory t = Territory.create();
        Instant t0 = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        upload(t.a, 100, t0, 117.30, 32.90, 5);
        // a late batch of older fixes: stored, but not his last position
        upload(t.a, 1, t0.minusSeconds(600), 117.20, 32.80, 5);
        upload(t.b, 1, t0.minusSeconds(120), 117.35, 32.91, 3);

        JsonNode all = Api.get("/officers/positions").body();
        JsonNode a = of(all, t.a.officer().id());
        JsonNode b = of(all, t.b.officer().id());
        assertTrue(a != null && b != null, all.toString());
        assertEquals(117.30 + 4e-4, a.path("lon").asDouble(), 1e-7, "the newest fix, not the last uploaded: " + a);
        assertEquals(32.90, a.path("lat").asDouble(), 1e-7);
        assertEquals(t0.plusSeconds(40), Instant.parse(a.path("time").asText()));
        assertEquals(7.0, a.path("accuracyM").asDouble(), 1e-6);
        assertEquals(t.a.officer().badge(), a.path("badgeNo").asText());
        assertEquals(t.a.id(), a.path("squadId").asLong());
        assertTrue(Instant.parse(a.path("lastContactAt").asText()).isAfter(t0.plusSeconds(40)), "contact is the upload's time");

        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        JsonNode own = supervisorA.get("/officers/positions").body();
        assertTrue(of(own, t.a.officer().id()) != null, own.toString());
        assertEquals(null, of(own, t.b.officer().id()), "another squad's officer is out of his scope");

        JsonNode recent = Api.get("/officers/positions?since=" + t0.plusSeconds(1)).body();
        assertTrue(of(recent, t.a.officer().id()) != null);
        assertEquals(null, of(recent, t.b.officer().id()), "b's newest fix is before since");
    }

    @Test
    void aWindowInTheFutureOrBeyondAWeekIsRefused() {
        Fixtures.assertProblem(Api.get("/officers/positions?since=" + Instant.now().plusSeconds(3600)), 400,
                "position.since-in-future");
        Fixtures.assertProblem(Api.get("/officers/positions?since=" + Instant.now().minus(8, ChronoUnit.DAYS)), 400,
                "position.since-too-early");
        Fixtures.assertProblem(Api.get("/officers/positions?since=yesterday"), 400, "query.invalid");
    }
}

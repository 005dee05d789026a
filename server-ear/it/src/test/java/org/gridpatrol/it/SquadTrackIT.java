package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A squad's tracks for side-by-side replay: every officer of the unit's subtree who patrolled in
 * the window, each exactly as the one-officer call answers, within the caller's scope and caps.
 */
@ExtendWith(ArquillianExtension.class)
class SquadTrackIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** Uploads a straight walk north: n fixes 10 s apart, 15 m each (1.5 m/s). */
    private static void walk(Territory.Squad squad, Instant t0, double lon, double lat, int n) {
        List<String> fixes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fixes.add(String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":5,"
                    + "\"speed\":1.5,\"provider\":\"gps\",\"mock\":false}", i + 1, t0.plusSeconds(10L * i), lon,
                    lat + i * 15 / 111_195.0 + (i % 2) * 1e-6));
        }
        Api.Answer answer = Api.as(Territory.signIn(squad.officer())).post("/mobile/positions",
                "{\"fixes\":[" + String.join(",", fixes) + "]}");
        assertEquals(200, answer.status(), answer.raw().body());
    }

    @Test
    void aBureausTracksAreItsOfficersTracksEachAsTheOneOfficerCallGivesIt() throws Exception {
        Territory t = Territory.create();
        Instant t0 = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        walk(t.a, t0, 117.301, 32.9003, 30);
        walk(t.b, t0, 117.351, 32.9003, 20);
        String window = "&from=" + t0.minusSeconds(60) + "&to=" + t0.plus(Duration.ofMinutes(30));

        JsonNode bureau = Api.get("/tracks?squad=" + t.bureau + window).body();
        assertEquals(2, bureau.path("officers").size(), bureau.toString());
        JsonNode a = bureau.path("officers").path(0);
        assertEquals(t.a.officer().id(), a.path("officerId").asLong());
        assertEquals(30, a.path("raw").size());
        assertEquals(20, bureau.path("officers").path(1).path("raw").size());
        JsonNode alone = Api.get("/tracks/" + t.a.officer().id() + "?" + window.substring(1)).body();
        assertEquals(alone.path("mileageM").asDouble(), a.path("mileageM").asDouble(), 1e-9);
        assertEquals(alone.path("cleaned").toString(), a.path("cleaned").toString());
        assertEquals(29 * 15, a.path("mileageM").asDouble(), 29 * 15 * 0.02, "a straight walk of 29 steps of 15 m");

        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        JsonNode own = supervisorA.get("/tracks?squad=" + t.a.id() + window).body();
        assertEquals(1, own.path("officers").size());
        Fixtures.assertProblem(supervisorA.get("/tracks?squad=" + t.b.id() + window), 404, "org-unit.unknown");
        Fixtures.assertProblem(supervisorA.get("/tracks?squad=" + t.bureau + window), 404, "org-unit.unknown");
    }

    @Test
    void aWindowLongerThanADayIsRefusedWithAReason() throws Exception {
        Territory t = Territory.create();
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Fixtures.assertProblem(Api.get("/tracks?squad=" + t.a.id() + "&from=" + from + "&to=" + from.plus(Duration.ofHours(25))),
                400, "track.squad-window-too-large");
        Fixtures.assertProblem(Api.get("/tracks?from=" + from + "&to=" + from.plusSeconds(60)), 400, "track.squad-missing");
    }
}

package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data scope: a supervisor of squad A sees squad A's officers, phones, grids, assignments,
 * shifts, holidays and alarms (reading, acknowledging and handling them); squad B's are unknown to him
 * (404) and absent from his lists.
 * The supervisor of their bureau sees both; an API key sees the subtree of its org unit.
 */
@ExtendWith(ArquillianExtension.class)
class DataScopeIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** Reading and writing one squad's objects by id: a request, and what it names. */
    private record Probe(String what, String method, String path, String body) {
    }

    private static List<Probe> probes(Territory.Squad s) {
        long officer = s.officer().id();
        String draft = District.draft("KEY_AREA", "越界", null, s.id(), District.cell(117.3, 32.9, 0.001, 0.001),
                "\"version\":1,\"reason\":\"scope\"");
        return List.of(
                new Probe("org unit", "GET", "/org-units/" + s.id(), null),
                new Probe("org unit subtree", "GET", "/org-units/" + s.id() + "/subtree", null),
                new Probe("officers of the squad", "GET", "/org-units/" + s.id() + "/officers", null),
                new Probe("shifts of the squad", "GET", "/org-units/" + s.id() + "/shifts", null),
                new Probe("officer", "GET", "/officers/" + officer, null),
                new Probe("officer's squad history", "GET", "/officers/" + officer + "/squad-history", null),
                new Probe("officer's attendance", "GET", "/officers/" + officer + "/attendance", null),
                new Probe("officer's phones", "GET", "/officers/" + officer + "/devices", null),
                new Probe("phone", "GET", "/devices/" + s.device(), null),
                new Probe("grid", "GET", "/grids/" + s.grid(), null),
                new Probe("grid versions", "GET", "/grids/" + s.grid() + "/versions", null),
                new Probe("grids of the squad", "GET", "/grids?orgUnit=" + s.id(), null),
                new Probe("grid topology", "GET", "/grids/topology?orgUnit=" + s.id() + "&kind=RESPONSIBILITY_ZONE", null),
                new Probe("assignment", "GET", "/assignments/" + s.assignment(), null),
                new Probe("assignments of the grid", "GET", "/assignments?gridId=" + s.grid(), null),
                new Probe("shift", "GET", "/shifts/" + s.shift(), null),
                new Probe("holidays of the squad", "GET", "/holidays?orgUnitId=" + s.id(), null),
                new Probe("on duty in the grid", "GET", "/duty/grids/" + s.grid() + "/on-duty", null),
                new Probe("officer's grids on duty", "GET", "/duty/officers/" + officer + "/grids", null),
                new Probe("alarm", "GET", "/alarms/" + s.alarm(), null),
                new Probe("alarm acknowledgement", "POST", "/alarms/" + s.alarm() + "/acknowledge", "{\"version\":0}"),
                new Probe("alarm handling", "POST", "/alarms/" + s.alarm() + "/handle",
                        "{\"version\":0,\"disposition\":\"CONFIRMED\"}"),
                new Probe("officer's track", "GET", "/tracks/" + officer
                        + "?from=2026-11-01T00:00:00%2B08:00&to=2026-11-01T08:00:00%2B08:00", null),
                new Probe("officer edit", "PUT", "/officers/" + officer, "{\"name\":\"改名\"}"),
                new Probe("officer deactivation", "POST", "/officers/" + officer + "/deactivate", ""),
                new Probe("phone deactivation", "POST", "/devices/" + s.device() + "/deactivate", ""),
                new Probe("grid edit", "PUT", "/grids/" + s.grid(), draft),
                new Probe("grid retirement", "POST", "/grids/" + s.grid() + "/retire", "{\"version\":1,\"reason\":\"scope\"}"),
                new Probe("assignment end", "POST", "/assignments/" + s.assignment() + "/end", "{}"),
                new Probe("shift deactivation", "POST", "/shifts/" + s.shift() + "/deactivate", ""),
                new Probe("holiday deletion", "DELETE", "/holidays/" + s.holiday(), null),
                new Probe("org unit rename", "POST", "/org-units/" + s.id() + "/rename", "{\"name\":\"改名\"}"));
    }

    private static Api.Answer call(Api.As as, Probe probe) {
        return switch (probe.method()) {
            case "GET" -> as.get(probe.path());
            case "POST" -> as.post(probe.path(), probe.body());
            case "PUT" -> as.put(probe.path(), probe.body());
            case "DELETE" -> as.delete(probe.path());
            default -> throw new IllegalArgumentException(probe.method());
        };
    }

    @TestFactory
    Stream<DynamicTest> theSupervisorOfSquadACannotReachAnythingOfSquadB() throws Exception {
        Territory t = Territory.create();
        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Probe probe : probes(t.b)) {
            tests.add(DynamicTest.dynamicTest("squad B's " + probe.what() + " is unknown to squad A's supervisor", () -> {
                Api.Answer answer = call(supervisorA, probe);
                assertEquals(404, answer.status(), probe.method() + " " + probe.path() + " -> " + answer.raw().body());
            }));
        }
        // reads only: A's own objects are there for him (his writes are the other tests' business)
        for (Probe probe : probes(t.a)) {
            if (probe.method().equals("GET")) {
                tests.add(DynamicTest.dynamicTest("squad A's " + probe.what() + " is there for squad A's supervisor", () -> {
                    Api.Answer answer = call(supervisorA, probe);
                    assertEquals(200, answer.status(), probe.method() + " " + probe.path() + " -> " + answer.raw().body());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void listsHoldOnlyTheCallersSubtree() throws Exception {
        Territory t = Territory.create();
        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        Api.As bureauSupervisor = Api.as(Accounts.token(t.bureau, "SUPERVISOR"));

        assertEquals(Set.of(t.a.alarm()), ids(supervisorA.get("/alarms?limit=1000").body(), "id"));
        assertEquals(Set.of(t.a.alarm(), t.b.alarm()), ids(bureauSupervisor.get("/alarms?limit=1000").body(), "id"));
        assertEquals(0, supervisorA.get("/alarms?officer=" + t.b.officer().id()).body().size(),
                "filtering by another squad's officer finds nothing");
        assertEquals(1, supervisorA.get("/alarms/counts").body().path("STILL").asLong());

        assertEquals(Set.of(t.a.grid()), ids(supervisorA.get("/grids").body().path("features"), "id"));
        assertEquals(Set.of(t.a.grid(), t.b.grid()), ids(bureauSupervisor.get("/grids?orgUnit=" + t.bureau).body().path("features"), "id"));
        assertEquals(404, supervisorA.get("/grids?orgUnit=" + t.bureau).status(), "his bureau is above his scope");
        String csv = supervisorA.get("/grids/export?format=csv").raw().body();
        assertTrue(csv.contains("\n" + t.a.grid() + ",") && !csv.contains("\n" + t.b.grid() + ","), csv);

        assertEquals(Set.of(t.a.officer().id()), ids(supervisorA.get("/org-units/" + t.a.id() + "/officers").body().path("items"), "id"));
        assertEquals(Set.of(t.a.officer().id(), t.b.officer().id()),
                ids(bureauSupervisor.get("/org-units/" + t.bureau + "/officers").body().path("items"), "id"));
        assertEquals(Set.of(t.a.id()), ids(supervisorA.get("/org-units").body(), "id"), "the top of his scope is his root");
    }

    @Test
    void nothingCanBeMadeInAnotherSquad() throws Exception {
        Territory t = Territory.create();
        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        Api.Answer officer = supervisorA.post("/officers", Fixtures.json("badgeNo", Fixtures.unique("X"), "name", "越权",
                "squadId", t.b.id()));
        Fixtures.assertProblem(officer, 422, "officer.org-unit-unknown");
        Api.Answer grid = supervisorA.post("/grids", District.draft("KEY_AREA", "越权", null, t.b.id(),
                District.cell(117.31, 32.91, 0.001, 0.001), null));
        assertEquals(422, grid.status(), grid.raw().body());
        assertTrue(grid.raw().body().contains("grid.org-unit-unknown"), grid.raw().body());
        Api.Answer assignment = supervisorA.post("/assignments", Fixtures.json("gridId", t.b.grid(),
                "officerId", t.a.officer().id()));
        assertEquals(422, assignment.status(), assignment.raw().body());
        Api.Answer unit = supervisorA.post("/org-units", Fixtures.json("parentId", t.b.id(), "kind", "SQUAD",
                "name", "越权", "code", Fixtures.unique("X")));
        assertEquals(422, unit.status(), unit.raw().body());
        Api.Answer root = supervisorA.post("/org-units", Fixtures.json("kind", "BUREAU", "name", "越权",
                "code", Fixtures.unique("X")));
        Fixtures.assertProblem(root, 422, "org-unit.parent-required");
    }

    @Test
    void anApiKeySeesTheSubtreeOfItsOrgUnit() throws Exception {
        Territory t = Territory.create();
        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        Api.Answer created = security.post("/api-keys", Fixtures.json("name", "GIS 平台", "orgUnitId", t.a.id(),
                "scopes", List.of("grid:read", "officer:read", "alarm:read")));
        assertEquals(201, created.status(), created.raw().body());
        Api.As key = Api.apiKey(created.body().path("key").asText());
        assertEquals(200, key.get("/officers/" + t.a.officer().id()).status());
        assertEquals(404, key.get("/officers/" + t.b.officer().id()).status());
        assertEquals(Set.of(t.a.grid()), ids(key.get("/grids").body().path("features"), "id"));
        assertEquals(Set.of(t.a.alarm()), ids(key.get("/alarms").body(), "id"));
    }

    private static Set<Long> ids(JsonNode array, String member) {
        Set<Long> ids = new TreeSet<>();
        array.forEach(item -> ids.add(item.path(member).asLong()));
        return ids;
    }
}

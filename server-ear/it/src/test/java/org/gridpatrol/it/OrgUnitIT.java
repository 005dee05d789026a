package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.json;
import static org.gridpatrol.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation tree through the API: create, read, rename, move, deactivate, and every refusal. */
@ExtendWith(ArquillianExtension.class)
class OrgUnitIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void bureauBrigadeAndSquadAreCreatedWithTheirPathAndReadBack() {
        String code = unique("BU");
        Api.Answer created = Api.post("/org-units", json("kind", "BUREAU", "name", "蚌埠市城管局", "code", code));
        assertEquals(201, created.status(), created.raw().body());
        long bureau = created.body().path("id").asLong();
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/org-units/" + bureau));
        assertEquals("/" + bureau + "/", created.body().path("path").asText());
        assertTrue(created.body().path("active").asBoolean());
        assertFalse(created.body().path("updatedAt").isMissingNode());

        long brigade = Fixtures.orgUnit(bureau, "BRIGADE");
        long squad = Fixtures.orgUnit(brigade, "SQUAD");

        Api.Answer read = Api.get("/org-units/" + squad);
        assertEquals(200, read.status());
        assertEquals("/" + bureau + "/" + brigade + "/" + squad + "/", read.body().path("path").asText());
        assertEquals(brigade, read.body().path("parentId").asLong());
        assertEquals("SQUAD", read.body().path("kind").asText());

        assertEquals(List.of(bureau, brigade, squad), ids(Api.get("/org-units/" + bureau + "/subtree").body()),
                "parents before children");
        assertEquals(List.of(brigade, squad), ids(Api.get("/org-units/" + brigade + "/subtree").body()));
        assertTrue(ids(Api.get("/org-units").body()).contains(bureau), "a bureau without parent is a root");
        assertFalse(ids(Api.get("/org-units").body()).contains(brigade));
    }

    @Test
    void duplicateCodeIsAConflictAndStoresNothing() throws Exception {
        String code = unique("DUP");
        assertEquals(201, Api.post("/org-units", json("kind", "BUREAU", "name", "a", "code", code)).status());
        Api.Answer again = Api.post("/org-units", json("kind", "BUREAU", "name", "b", "code", code));
        assertProblem(again, 409, "org-unit.code-taken");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM org_unit WHERE code = ?", code));
    }

    @Test
    void kindsNestOnlyBureauBrigadeSquad() throws Exception {
        long bureau = Fixtures.bureau();
        long brigade = Fixtures.orgUnit(bureau, "BRIGADE");
        long squad = Fixtures.orgUnit(brigade, "SQUAD");
        String code = unique("NEST");
        assertProblem(Api.post("/org-units", json("parentId", squad, "kind", "SQUAD", "name", "x", "code", code)),
                422, "org-unit.kind-not-allowed");
        assertProblem(Api.post("/org-units", json("parentId", brigade, "kind", "BRIGADE", "name", "x", "code", code)),
                422, "org-unit.kind-not-allowed");
        assertProblem(Api.post("/org-units", json("kind", "BRIGADE", "name", "x", "code", code)),
                422, "org-unit.kind-not-allowed");
        assertProblem(Api.post("/org-units", json("parentId", 987_654_321L, "kind", "SQUAD", "name", "x", "code", code)),
                422, "org-unit.org-unit-unknown");
        assertEquals(0, Fixtures.count("SELECT count(*) FROM org_unit WHERE code = ?", code));
    }

    @Test
    void movingABrigadeTakesItsSquadsAlong() throws Exception {
        long from = Fixtures.bureau();
        long to = Fixtures.bureau();
        long brigade = Fixtures.orgUnit(from, "BRIGADE");
        long squad = Fixtures.orgUnit(brigade, "SQUAD");

        Api.Answer moved = Api.post("/org-units/" + brigade + "/move", json("parentId", to));
        assertEquals(200, moved.status(), moved.raw().body());
        assertEquals(to, moved.body().path("parentId").asLong());
        assertEquals("/" + to + "/" + brigade + "/", moved.body().path("path").asText());
        assertEquals("/" + to + "/" + brigade + "/" + squad + "/", Api.get("/org-units/" + squad).body().path("path").asText());
        assertEquals(List.of(from), ids(Api.get("/org-units/" + from + "/subtree").body()));
        assertEquals(List.of(to, brigade, squad), ids(Api.get("/org-units/" + to + "/subtree").body()));
        assertEquals("/" + to + "/" + brigade + "/" + squad + "/",
                Fixtures.text("SELECT path FROM org_unit WHERE id = ?", squad));
    }

    @Test
    void moveThatWouldMakeACycleIsRefusedAndChangesNothing() throws Exception {
        long city = Fixtures.bureau();
        long district = Fixtures.orgUnit(city, "BUREAU");
        long brigade = Fixtures.orgUnit(district, "BRIGADE");

        assertProblem(Api.post("/org-units/" + city + "/move", json("parentId", district)), 422, "org-unit.cycle");
        assertProblem(Api.post("/org-units/" + district + "/move", json("parentId", district)), 422, "org-unit.cycle");
        assertEquals(0, Fixtures.count("SELECT count(*) FROM org_unit WHERE id = ? AND parent_id IS NOT NULL", city));
        assertEquals("/" + city + "/" + district + "/" + brigade + "/",
                Fixtures.text("SELECT path FROM org_unit WHERE id = ?", brigade));

        assertProblem(Api.post("/org-units/" + brigade + "/move", json("parentId", (Object) null)),
                422, "org-unit.kind-not-allowed");
    }

    @Test
    void renameWithAStaleUpdatedAtIsRefused() throws Exception {
        long bureau = Fixtures.bureau();
        String read = Api.get("/org-units/" + bureau).body().path("updatedAt").asText();

        Api.Answer renamed = Api.post("/org-units/" + bureau + "/rename", json("name", "新名字", "expectedUpdatedAt", read));
        assertEquals(200, renamed.status(), renamed.raw().body());
        assertEquals("新名字", renamed.body().path("name").asText());
        assertNotEquals(read, renamed.body().path("updatedAt").asText());

        Api.Answer stale = Api.post("/org-units/" + bureau + "/rename", json("name", "再改", "expectedUpdatedAt", read));
        assertProblem(stale, 409, "org-unit.stale");
        assertEquals("新名字", Fixtures.text("SELECT name FROM org_unit WHERE id = ?", bureau));

        Api.Answer blank = Api.post("/org-units/" + bureau + "/rename", json("name", "  "));
        assertProblem(blank, 422, "org-unit.invalid");
        assertEquals("/name", blank.body().path("errors").get(0).path("pointer").asText());
    }

    @Test
    void deactivationWaitsForTheUnitsBelowAndNeverDeletes() throws Exception {
        long bureau = Fixtures.bureau();
        long brigade = Fixtures.orgUnit(bureau, "BRIGADE");
        long squad = Fixtures.orgUnit(brigade, "SQUAD");

        assertProblem(Api.post("/org-units/" + brigade + "/deactivate", ""), 422, "org-unit.has-active-children");
        Api.Answer squadOff = Api.post("/org-units/" + squad + "/deactivate", "");
        assertEquals(200, squadOff.status(), squadOff.raw().body());
        assertFalse(squadOff.body().path("active").asBoolean());
        assertEquals(200, Api.post("/org-units/" + brigade + "/deactivate", "").status());

        assertEquals(List.of(bureau), ids(Api.get("/org-units/" + bureau + "/subtree").body()));
        assertEquals(List.of(bureau, brigade, squad),
                ids(Api.get("/org-units/" + bureau + "/subtree?includeInactive=true").body()));
        assertEquals(2, Fixtures.count("SELECT count(*) FROM org_unit WHERE id IN (?, ?) AND NOT active", brigade, squad));

        assertProblem(Api.post("/org-units", json("parentId", brigade, "kind", "SQUAD", "name", "x", "code", unique("X"))),
                422, "org-unit.org-unit-inactive");
    }

    @Test
    void unknownIdIsA404Problem() {
        assertProblem(Api.get("/org-units/987654321"), 404, "org-unit.not-found");
        assertProblem(Api.get("/org-units/987654321/subtree"), 404, "org-unit.not-found");
        assertProblem(Api.post("/org-units/987654321/rename", json("name", "x")), 404, "org-unit.not-found");
        assertProblem(Api.post("/org-units/987654321/move", json("parentId", 1)), 404, "org-unit.not-found");
        assertProblem(Api.post("/org-units/987654321/deactivate", ""), 404, "org-unit.not-found");
    }

    @Test
    void unreadableRequestsAre400Problems() {
        assertProblem(Api.post("/org-units", "{\"kind\": \"BUREAU\", "), 400, "json.malformed");
        assertProblem(Api.post("/org-units", json("kind", "BUREAU", "name", "x", "code", unique("U"), "colour", "red")),
                400, "json.unknown-member");
        assertProblem(Api.post("/org-units", json("kind", "DISTRICT", "name", "x", "code", unique("U"))),
                400, "json.wrong-shape");
        assertProblem(Api.get("/org-units/1/subtree?includeInactive=maybe"), 400, "query.invalid");

        Api.Answer missing = Api.post("/org-units", json("kind", "BUREAU"));
        assertProblem(missing, 422, "org-unit.invalid");
        assertEquals(2, missing.body().path("errors").size(), "name and code are both named");
    }

    private static List<Long> ids(JsonNode units) {
        List<Long> ids = new ArrayList<>();
        units.forEach(unit -> ids.add(unit.path("id").asLong()));
        return ids;
    }
}

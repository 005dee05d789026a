package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.json;
import static org.gridpatrol.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Officers and their phones through the API: create, edit, list by subtree, transfer, deactivate. */
@ExtendWith(ArquillianExtension.class)
class OfficerIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void officerIsCreatedReadAndEdited() throws Exception {
        long squad = Fixtures.orgUnit(Fixtures.orgUnit(Fixtures.bureau(), "BRIGADE"), "SQUAD");
        String badge = unique("CG");
        Api.Answer created = Api.post("/officers", json("badgeNo", badge, "name", " 张三 ", "phone", "+86 138-0000-0001",
                "squadId", squad));
        assertEquals(201, created.status(), created.raw().body());
        long id = created.body().path("id").asLong();
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/officers/" + id));
        assertEquals("张三", created.body().path("name").asText(), "names are trimmed");
        assertEquals(squad, created.body().path("squadId").asLong());

        JsonNode read = Api.get("/officers/" + id).body();
        assertEquals(badge, read.path("badgeNo").asText());
        Api.Answer updated = Api.put("/officers/" + id, json("name", "张三丰", "phone", null,
                "expectedUpdatedAt", read.path("updatedAt").asText()));
        assertEquals(200, updated.status(), updated.raw().body());
        assertEquals("张三丰", updated.body().path("name").asText());
        assertTrue(updated.body().path("phone").isMissingNode(), "phone cleared");

        assertProblem(Api.put("/officers/" + id, json("name", "李四", "expectedUpdatedAt", read.path("updatedAt").asText())),
                409, "officer.stale");
        Api.Answer badPhone = Api.put("/officers/" + id, json("name", "李四", "phone", "call me"));
        assertProblem(badPhone, 422, "officer.invalid");
        assertEquals("/phone", badPhone.body().path("errors").get(0).path("pointer").asText());
        assertEquals("张三丰", Fixtures.text("SELECT name FROM officer WHERE id = ?", id));
    }

    @Test
    void duplicateBadgeIsAConflictAndStoresNothing() throws Exception {
        long squad = Fixtures.orgUnit(Fixtures.bureau(), "SQUAD");
        String badge = unique("DUP");
        assertEquals(201, Api.post("/officers", json("badgeNo", badge, "name", "a", "squadId", squad)).status());
        assertProblem(Api.post("/officers", json("badgeNo", badge, "name", "b", "squadId", squad)),
                409, "officer.badge-taken");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM officer WHERE badge_no = ?", badge));
    }

    @Test
    void anOfficerBelongsToAnActiveSquad() throws Exception {
        long bureau = Fixtures.bureau();
        long brigade = Fixtures.orgUnit(bureau, "BRIGADE");
        String badge = unique("SQ");
        assertProblem(Api.post("/officers", json("badgeNo", badge, "name", "a", "squadId", brigade)),
                422, "officer.not-a-squad");
        assertProblem(Api.post("/officers", json("badgeNo", badge, "name", "a", "squadId", 987_654_321L)),
                422, "officer.org-unit-unknown");
        Api.Answer missing = Api.post("/officers", json("name", "a"));
        assertProblem(missing, 422, "officer.invalid");
        assertEquals(2, missing.body().path("errors").size(), "badge and squad named");
        assertEquals(0, Fixtures.count("SELECT count(*) FROM officer WHERE badge_no = ?", badge));
    }

    @Test
    void transferKeepsTheSquadHistory() throws Exception {
        long bureau = Fixtures.bureau();
        long first = Fixtures.orgUnit(bureau, "SQUAD");
        long second = Fixtures.orgUnit(Fixtures.orgUnit(bureau, "BRIGADE"), "SQUAD");
        long officer = Fixtures.officer(first);

        Api.Answer moved = Api.post("/officers/" + officer + "/transfer", json("squadId", second));
        assertEquals(200, moved.status(), moved.raw().body());
        assertEquals(second, moved.body().path("squadId").asLong());

        JsonNode history = Api.get("/officers/" + officer + "/squad-history").body();
        assertEquals(2, history.size(), history.toString());
        assertEquals(first, history.get(0).path("squadId").asLong());
        assertEquals(history.get(1).path("validFrom").asText(), history.get(0).path("validTo").asText(),
                "the old period ends where the new one begins");
        assertEquals(second, history.get(1).path("squadId").asLong());
        assertTrue(history.get(1).path("validTo").isMissingNode(), "the current period is open");
        assertFalse(history.get(0).path("squadCode").asText().isBlank());
        assertEquals(2, Fixtures.count("SELECT count(*) FROM officer_squad_history WHERE officer_id = ?", officer));

        assertProblem(Api.post("/officers/" + officer + "/transfer", json("squadId", second)), 422, "officer.same-squad");
        assertProblem(Api.post("/officers/" + officer + "/transfer", json("squadId", bureau)), 422, "officer.not-a-squad");
        assertEquals(2, Fixtures.count("SELECT count(*) FROM officer_squad_history WHERE officer_id = ?", officer));
    }

    @Test
    void officersAreListedBySubtreeInPages() {
        long bureau = Fixtures.bureau();
        long squadA = Fixtures.orgUnit(Fixtures.orgUnit(bureau, "BRIGADE"), "SQUAD");
        long squadB = Fixtures.orgUnit(bureau, "SQUAD");
        Set<Long> all = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            all.add(Fixtures.officer(squadA));
        }
        all.add(Fixtures.officer(squadB));
        long gone = Fixtures.officer(squadB);
        assertEquals(200, Api.post("/officers/" + gone + "/deactivate", "").status());

        JsonNode first = Api.get("/org-units/" + bureau + "/officers?offset=0&limit=3").body();
        assertEquals(4, first.path("total").asLong());
        assertEquals(3, first.path("items").size());
        JsonNode second = Api.get("/org-units/" + bureau + "/officers?offset=3&limit=3").body();
        assertEquals(1, second.path("items").size());
        Set<Long> seen = new HashSet<>();
        first.path("items").forEach(o -> seen.add(o.path("id").asLong()));
        second.path("items").forEach(o -> seen.add(o.path("id").asLong()));
        assertEquals(all, seen, "the pages hold every active officer once");

        assertEquals(3, Api.get("/org-units/" + squadA + "/officers").body().path("total").asLong());
        assertEquals(2, Api.get("/org-units/" + squadB + "/officers?includeInactive=true").body().path("total").asLong());

        assertProblem(Api.get("/org-units/" + bureau + "/officers?limit=0"), 400, "paging.invalid");
        assertProblem(Api.get("/org-units/" + bureau + "/officers?offset=-1"), 400, "paging.invalid");
        assertProblem(Api.get("/org-units/" + bureau + "/officers?limit=ten"), 400, "query.invalid");
        assertProblem(Api.get("/org-units/987654321/officers"), 404, "org-unit.not-found");
    }

    @Test
    void deactivatedOfficerStaysButCannotBeTransferredAndKeepsHisSquadActive() throws Exception {
        long bureau = Fixtures.bureau();
        long squad = Fixtures.orgUnit(bureau, "SQUAD");
        long other = Fixtures.orgUnit(bureau, "SQUAD");
        long officer = Fixtures.officer(squad);

        assertProblem(Api.post("/org-units/" + squad + "/deactivate", ""), 422, "org-unit.has-active-officers");
        Api.Answer off = Api.post("/officers/" + officer + "/deactivate", "");
        assertEquals(200, off.status(), off.raw().body());
        assertFalse(off.body().path("active").asBoolean());
        assertProblem(Api.post("/officers/" + officer + "/transfer", json("squadId", other)), 422, "officer.inactive");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM officer WHERE id = ? AND NOT active", officer));
        assertEquals(200, Api.post("/org-units/" + squad + "/deactivate", "").status());
    }

    @Test
    void devicesAreRegisteredListedAndDeactivated() throws Exception {
        long squad = Fixtures.orgUnit(Fixtures.bureau(), "SQUAD");
        long officer = Fixtures.officer(squad);
        long colleague = Fixtures.officer(squad);
        String uid = unique("android");

        Api.Answer registered = Api.post("/officers/" + officer + "/devices",
                json("deviceUid", uid, "model", "Huawei Mate 60", "os", "HarmonyOS 4", "appVersion", "1.0.0"));
        assertEquals(201, registered.status(), registered.raw().body());
        long device = registered.body().path("id").asLong();
        assertTrue(registered.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/devices/" + device));
        assertEquals(officer, registered.body().path("officerId").asLong());

        Api.Answer again = Api.post("/officers/" + officer + "/devices", json("deviceUid", uid, "appVersion", "1.1.0"));
        assertEquals(200, again.status(), "registering again updates");
        assertEquals(device, again.body().path("id").asLong());
        assertEquals("1.1.0", again.body().path("appVersion").asText());

        assertProblem(Api.post("/officers/" + colleague + "/devices", json("deviceUid", uid)),
                409, "device.bound-to-another-officer");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM device WHERE device_uid = ? AND officer_id = ?", uid, officer));

        JsonNode list = Api.get("/officers/" + officer + "/devices").body();
        assertEquals(1, list.size());
        assertEquals(uid, list.get(0).path("deviceUid").asText());

        Api.Answer off = Api.post("/devices/" + device + "/deactivate", "");
        assertEquals(200, off.status(), off.raw().body());
        assertFalse(off.body().path("active").asBoolean());
        assertEquals(officer, off.body().path("officerId").asLong(), "kept for the record");

        Api.Answer handedOver = Api.post("/officers/" + colleague + "/devices", json("deviceUid", uid));
        assertEquals(200, handedOver.status(), handedOver.raw().body());
        assertEquals(colleague, handedOver.body().path("officerId").asLong());
        assertTrue(handedOver.body().path("active").asBoolean());

        assertProblem(Api.post("/officers/" + officer + "/devices", json("deviceUid", "has space")), 422, "device.invalid");
        assertProblem(Api.get("/devices/987654321"), 404, "device.not-found");
        assertProblem(Api.post("/devices/987654321/deactivate", ""), 404, "device.not-found");
        assertProblem(Api.post("/officers/987654321/devices", json("deviceUid", unique("x"))), 404, "officer.not-found");
    }

    @Test
    void unknownOfficerIsA404AndUnreadableBodiesAre400() {
        assertProblem(Api.get("/officers/987654321"), 404, "officer.not-found");
        assertProblem(Api.put("/officers/987654321", json("name", "x")), 404, "officer.not-found");
        assertProblem(Api.post("/officers/987654321/transfer", json("squadId", 1)), 404, "officer.not-found");
        assertProblem(Api.post("/officers/987654321/deactivate", ""), 404, "officer.not-found");
        assertProblem(Api.get("/officers/987654321/squad-history"), 404, "officer.not-found");
        assertProblem(Api.get("/officers/987654321/devices"), 404, "officer.not-found");

        assertProblem(Api.post("/officers", "{\"badgeNo\": "), 400, "json.malformed");
        assertProblem(Api.post("/officers", "[1, 2]"), 400, "json.wrong-shape");
        assertProblem(Api.post("/officers", json("badgeNo", "x", "squadId", "seven")), 400, "json.wrong-shape");
        assertProblem(Api.post("/officers", ""), 400, "request.body-missing");
    }
}

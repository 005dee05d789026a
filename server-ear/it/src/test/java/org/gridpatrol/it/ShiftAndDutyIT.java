package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.json;
import static org.gridpatrol.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shifts, holidays, assignments and the two duty queries through the API. Shift windows are in
 * the bureau's zone (Asia/Shanghai, +08:00); each test uses its own weeks and its own org units.
 */
@ExtendWith(ArquillianExtension.class)
class ShiftAndDutyIT {
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
    private static final String NIGHT_MONDAY = "[{\"weekday\":1,\"start\":\"20:00\",\"end\":\"06:00\"}]";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** An officer in a squad under a bureau, a grid of the squad, and the squad's Monday night shift. */
    private record Patrol(long bureau, long squad, long officer, long grid, long nightShift) {
        static Patrol create() throws Exception {
            long bureau = Fixtures.bureau();
            long squad = Fixtures.orgUnit(Fixtures.orgUnit(bureau, "BRIGADE"), "SQUAD");
            long shift = shift(squad, "夜班", NIGHT_MONDAY);
            return new Patrol(bureau, squad, Fixtures.officer(squad), Fixtures.grid(squad), shift);
        }

        long assignOfficer(Long shiftId) {
            return assign(json("officerId", officer, "gridId", grid, "shiftId", shiftId, "validFrom", "2020-01-01T00:00:00+08:00"));
        }
    }

    @Test
    void shiftWindowsAreStoredAsTypedAndShiftsAreInheritedDownTheTree() throws Exception {
        long bureau = Fixtures.bureau();
        long squad = Fixtures.orgUnit(bureau, "SQUAD");
        Api.Answer created = Api.post("/shifts", json("orgUnitId", bureau, "name", "夜班", "windows",
                List.of(Map.of("weekday", 1, "start", "20:00", "end", "06:00"))));
        assertEquals(201, created.status(), created.raw().body());
        long night = created.body().path("id").asLong();
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/shifts/" + night));
        JsonNode window = created.body().path("windows").get(0);
        assertEquals(1, window.path("weekday").asInt());
        assertEquals(LocalTime.of(20, 0), LocalTime.parse(window.path("start").asText()));
        assertEquals(LocalTime.of(6, 0), LocalTime.parse(window.path("end").asText()));
        assertEquals("20:00:00-06:00:00", Fixtures.text(
                "SELECT start_time::text || '-' || end_time::text FROM shift_window WHERE shift_id = ?", night),
                "wall-clock times reach the table unchanged");

        long day = shift(squad, "白班", "[" + weekdays("08:00", "17:00") + "]");
        assertEquals(5, Api.get("/shifts/" + day).body().path("windows").size());

        assertEquals(Set.of(night, day), ids(Api.get("/org-units/" + squad + "/shifts").body()),
                "a squad may use its own shifts and its bureau's");
        assertEquals(Set.of(night), ids(Api.get("/org-units/" + bureau + "/shifts").body()));
    }

    @Test
    void shiftRulesAreEnforcedAndRefusalsStoreNothing() throws Exception {
        long squad = Fixtures.orgUnit(Fixtures.bureau(), "SQUAD");
        assertEquals(201, Api.post("/shifts", "{\"orgUnitId\":" + squad + ",\"name\":\"早班\",\"windows\":"
                + "[{\"weekday\":1,\"start\":\"06:00\",\"end\":\"10:00\"}]}").status());

        Api.Answer overlap = Api.post("/shifts", "{\"orgUnitId\":" + squad + ",\"name\":\"两班\",\"windows\":["
                + "{\"weekday\":1,\"start\":\"20:00\",\"end\":\"06:00\"},{\"weekday\":2,\"start\":\"05:00\",\"end\":\"08:00\"}]}");
        assertProblem(overlap, 422, "shift.windows-overlap");
        assertEquals("/windows/1", overlap.body().path("errors").get(1).path("pointer").asText());

        Api.Answer weekday = Api.post("/shifts", "{\"orgUnitId\":" + squad + ",\"name\":\"错班\",\"windows\":["
                + "{\"weekday\":8,\"start\":\"08:00\",\"end\":\"12:00\"}]}");
        assertProblem(weekday, 422, "shift.invalid");
        assertEquals("/windows/0/weekday", weekday.body().path("errors").get(0).path("pointer").asText());

        assertProblem(Api.post("/shifts", json("orgUnitId", squad, "name", "空班", "windows", List.of())),
                422, "shift.invalid");
        assertProblem(Api.post("/shifts", "{\"orgUnitId\":" + squad + ",\"name\":\"早班\",\"windows\":"
                + NIGHT_MONDAY + "}"), 409, "shift.name-taken");
        assertProblem(Api.post("/shifts", "{\"orgUnitId\":" + squad + ",\"name\":\"x\",\"windows\":"
                + "[{\"weekday\":1,\"start\":\"25:00\",\"end\":\"06:00\"}]}"), 400, "json.wrong-shape");
        assertProblem(Api.post("/shifts", "{\"orgUnitId\":987654321,\"name\":\"x\",\"windows\":" + NIGHT_MONDAY + "}"),
                422, "shift.org-unit-unknown");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM shift WHERE org_unit_id = ?", squad));
        assertEquals(1, Fixtures.count("SELECT count(*) FROM shift_window w JOIN shift s ON s.id = w.shift_id"
                + " WHERE s.org_unit_id = ?", squad));

        assertProblem(Api.get("/shifts/987654321"), 404, "shift.not-found");
        assertProblem(Api.put("/shifts/987654321", "{\"name\":\"x\",\"windows\":" + NIGHT_MONDAY + "}"),
                404, "shift.not-found");
        assertProblem(Api.get("/org-units/987654321/shifts"), 404, "org-unit.not-found");
    }

    @Test
    void shiftUpdateReplacesItsWindowsAndRefusesStaleEdits() throws Exception {
        long squad = Fixtures.orgUnit(Fixtures.bureau(), "SQUAD");
        long shift = shift(squad, "夜班", NIGHT_MONDAY);
        String read = Api.get("/shifts/" + shift).body().path("updatedAt").asText();

        Api.Answer updated = Api.put("/shifts/" + shift, "{\"name\":\"夜班\",\"expectedUpdatedAt\":\"" + read
                + "\",\"windows\":[{\"weekday\":2,\"start\":\"21:00\",\"end\":\"05:00\"},"
                + "{\"weekday\":3,\"start\":\"21:00\",\"end\":\"05:00\"}]}");
        assertEquals(200, updated.status(), updated.raw().body());
        assertEquals(2, updated.body().path("windows").size());
        assertEquals(2, updated.body().path("windows").get(0).path("weekday").asInt());
        assertNotEquals(read, updated.body().path("updatedAt").asText(), "changing only windows is a change");
        assertEquals(2, Fixtures.count("SELECT count(*) FROM shift_window WHERE shift_id = ?", shift));

        assertProblem(Api.put("/shifts/" + shift, "{\"name\":\"日班\",\"expectedUpdatedAt\":\"" + read
                + "\",\"windows\":" + NIGHT_MONDAY + "}"), 409, "shift.stale");
        assertEquals("夜班", Fixtures.text("SELECT name FROM shift WHERE id = ?", shift));
        assertEquals(2, Fixtures.count("SELECT count(*) FROM shift_window WHERE shift_id = ?", shift));
    }

    @Test
    void holidaysBelongToAUnitOrToEveryUnit() throws Exception {
        long bureau = Fixtures.bureau();
        long squad = Fixtures.orgUnit(bureau, "SQUAD");
        LocalDate day = LocalDate.of(2030, 10, 1);
        LocalDate global = LocalDate.of(2040, 1, 1);

        Api.Answer created = Api.post("/holidays", json("orgUnitId", bureau, "day", day.toString(), "name", "国庆节"));
        assertEquals(201, created.status(), created.raw().body());
        assertEquals("HOLIDAY", created.body().path("kind").asText());
        long id = created.body().path("id").asLong();
        assertProblem(Api.post("/holidays", json("orgUnitId", bureau, "day", day.toString(), "name", "again")),
                409, "holiday.day-taken");
        assertEquals(201, Api.post("/holidays", json("orgUnitId", squad, "day", day.plusDays(11).toString(),
                "name", "调休", "kind", "WORKDAY", "asWeekday", 1)).status());
        Api.Answer everywhere = Api.post("/holidays", json("day", global.toString(), "name", "元旦"));
        assertEquals(201, everywhere.status(), everywhere.raw().body());
        assertTrue(everywhere.body().path("orgUnitId").isMissingNode());

        assertProblem(Api.post("/holidays", json("orgUnitId", squad, "day", "2030-10-02", "name", "x", "kind", "WORKDAY")),
                422, "holiday.invalid");
        assertProblem(Api.post("/holidays", json("orgUnitId", squad, "day", "2030-10-02", "name", "x", "asWeekday", 3)),
                422, "holiday.invalid");
        assertProblem(Api.post("/holidays", json("orgUnitId", squad, "day", "2030-13-02", "name", "x")),
                400, "json.wrong-shape");
        assertEquals(0, Fixtures.count("SELECT count(*) FROM holiday WHERE org_unit_id = ? AND day = '2030-10-02'", squad));

        JsonNode forSquad = Api.get("/holidays?orgUnitId=" + squad + "&from=2030-01-01&to=2040-12-31").body();
        assertEquals(3, forSquad.size(), "the bureau's day, the squad's own and the global one: " + forSquad);
        JsonNode forBureau = Api.get("/holidays?orgUnitId=" + bureau + "&from=2030-01-01&to=2030-12-31").body();
        assertEquals(1, forBureau.size(), "a squad's day does not apply to its bureau");
        JsonNode globalOnly = Api.get("/holidays?from=2040-01-01&to=2040-01-01").body();
        assertEquals(1, globalOnly.size());

        assertEquals(204, Api.delete("/holidays/" + id).status());
        assertProblem(Api.delete("/holidays/" + id), 404, "holiday.not-found");
        assertProblem(Api.get("/holidays?from=tomorrow"), 400, "query.invalid");
        assertProblem(Api.get("/holidays?from=2030-02-01&to=2030-01-01"), 400, "holiday.range-invalid");
    }

    @Test
    void nightShiftStartedMondayIsOnDutyTuesdayAtTwoNotAtSeven() throws Exception {
        Patrol patrol = Patrol.create();
        patrol.assignOfficer(patrol.nightShift);
        LocalDate tuesday = MONDAY.plusDays(1);

        JsonNode twoAm = Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=" + at(tuesday, "02:00")).body();
        assertEquals(List.of(patrol.officer), officerIds(twoAm));
        assertEquals("OFFICER", twoAm.path("officers").get(0).path("through").asText());
        assertEquals(patrol.squad, twoAm.path("officers").get(0).path("squadId").asLong());
        assertEquals(patrol.nightShift, twoAm.path("officers").get(0).path("shiftId").asLong());
        assertFalse(twoAm.path("gridName").asText().isBlank());

        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=" + at(tuesday, "07:00")).body()));
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=" + at(MONDAY, "19:59")).body()));
        assertEquals(List.of(patrol.officer),
                officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=" + at(MONDAY, "20:00")).body()));

        JsonNode grids = Api.get("/duty/officers/" + patrol.officer + "/grids?at=" + at(tuesday, "02:00")).body();
        assertEquals(1, grids.path("grids").size());
        assertEquals(patrol.grid, grids.path("grids").get(0).path("gridId").asLong());
        assertFalse(grids.path("grids").get(0).path("gridName").asText().isBlank());
        assertEquals(0, Api.get("/duty/officers/" + patrol.officer + "/grids?at=" + at(tuesday, "07:00")).body()
                .path("grids").size());
    }

    @Test
    void holidayCancelsTheNightThatStartsOnItButNotTheWeekAfter() throws Exception {
        Patrol patrol = Patrol.create();
        patrol.assignOfficer(patrol.nightShift);
        LocalDate monday = MONDAY.plusWeeks(1);
        assertEquals(201, Api.post("/holidays", json("orgUnitId", patrol.squad, "day", monday.toString(),
                "name", "休息日")).status());

        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(monday.plusDays(1), "02:00")).body()), "the night of the holiday is cancelled, past midnight too");
        assertEquals(List.of(patrol.officer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(monday.plusDays(8), "02:00")).body()));

        LocalDate bureauHoliday = MONDAY.plusWeeks(2);
        assertEquals(201, Api.post("/holidays", json("orgUnitId", patrol.bureau, "day", bureauHoliday.toString(),
                "name", "全局休息")).status());
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(bureauHoliday, "22:00")).body()), "the bureau's holiday applies to its squads");
    }

    @Test
    void makeUpWorkdayFollowsTheWindowsOfItsWeekday() throws Exception {
        Patrol patrol = Patrol.create();
        patrol.assignOfficer(patrol.nightShift);
        LocalDate saturday = MONDAY.plusWeeks(3).plusDays(5);
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(saturday, "21:00")).body()));

        assertEquals(201, Api.post("/holidays", json("orgUnitId", patrol.squad, "day", saturday.toString(),
                "name", "调休上班", "kind", "WORKDAY", "asWeekday", 1)).status());
        assertEquals(List.of(patrol.officer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(saturday, "21:00")).body()));
        assertEquals(List.of(patrol.officer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(saturday.plusDays(1), "05:59")).body()), "its night runs into Sunday");
    }

    @Test
    void squadAssignmentCoversWhoeverWasInTheSquadAtTheTime() throws Exception {
        Patrol patrol = Patrol.create();
        long otherSquad = Fixtures.orgUnit(patrol.bureau, "SQUAD");
        long assignment = assign(json("squadId", patrol.squad, "gridId", patrol.grid, "validFrom", "2020-01-01T00:00:00Z"));

        JsonNode now = Api.get("/duty/grids/" + patrol.grid + "/on-duty").body();
        assertEquals(List.of(patrol.officer), officerIds(now), "no shift: on duty whenever assigned");
        assertEquals("SQUAD", now.path("officers").get(0).path("through").asText());
        assertEquals(assignment, now.path("officers").get(0).path("assignmentId").asLong());

        assertEquals(200, Api.post("/officers/" + patrol.officer + "/transfer", json("squadId", otherSquad)).status());
        String inOldSquad = Api.get("/officers/" + patrol.officer + "/squad-history").body().get(0).path("validFrom").asText();
        String whileThere = URLEncoder.encode(inOldSquad, StandardCharsets.UTF_8);

        assertEquals(List.of(patrol.officer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + whileThere).body()), "the squad he was in then");
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty").body()),
                "not the squad he left");
        assertEquals(1, Api.get("/duty/officers/" + patrol.officer + "/grids?at=" + whileThere).body().path("grids").size());
        assertEquals(0, Api.get("/duty/officers/" + patrol.officer + "/grids").body().path("grids").size());

        long newcomer = Fixtures.officer(patrol.squad);
        assertEquals(List.of(newcomer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty").body()));
        assertEquals(200, Api.post("/officers/" + newcomer + "/deactivate", "").status());
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty").body()),
                "a deactivated officer has no duty");
    }

    @Test
    void assignmentsAreMadeListedAndEndedAndTheirRulesHold() throws Exception {
        Patrol patrol = Patrol.create();
        Api.Answer created = Api.post("/assignments", json("officerId", patrol.officer, "gridId", patrol.grid,
                "shiftId", patrol.nightShift, "validFrom", "2025-01-01T00:00:00+08:00"));
        assertEquals(201, created.status(), created.raw().body());
        long id = created.body().path("id").asLong();
        assertEquals(Instant.parse("2024-12-31T16:00:00Z"), Instant.parse(created.body().path("validFrom").asText()));
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/assignments/" + id));
        assertEquals(id, Api.get("/assignments/" + id).body().path("id").asLong());

        assertEquals(Set.of(id), ids(Api.get("/assignments?gridId=" + patrol.grid).body()));
        assertEquals(Set.of(id), ids(Api.get("/assignments?officerId=" + patrol.officer).body()));
        assertEquals(Set.of(), ids(Api.get("/assignments?gridId=" + patrol.grid + "&at=" + at(LocalDate.of(2024, 6, 1), "12:00")).body()));
        assertProblem(Api.get("/assignments"), 400, "assignment.filter-required");

        assertProblem(Api.post("/assignments", json("officerId", patrol.officer, "gridId", patrol.grid,
                "shiftId", patrol.nightShift, "validFrom", "2031-01-01T00:00:00Z")), 409, "assignment.overlaps");
        assertProblem(Api.post("/assignments", json("officerId", patrol.officer, "squadId", patrol.squad,
                "gridId", patrol.grid)), 422, "assignment.invalid");
        assertProblem(Api.post("/assignments", json("gridId", patrol.grid)), 422, "assignment.invalid");
        assertProblem(Api.post("/assignments", json("officerId", patrol.officer, "gridId", patrol.grid,
                "validFrom", "2030-01-02T00:00:00Z", "validTo", "2030-01-01T00:00:00Z")), 422, "assignment.invalid");
        assertProblem(Api.post("/assignments", json("officerId", patrol.officer, "gridId", 987_654_321L)),
                422, "assignment.grid-unknown");
        assertProblem(Api.post("/assignments", json("officerId", 987_654_321L, "gridId", patrol.grid)),
                422, "assignment.officer-unknown");
        assertProblem(Api.post("/assignments", json("squadId", patrol.bureau, "gridId", patrol.grid)),
                422, "assignment.not-a-squad");
        long elsewhere = shift(Fixtures.orgUnit(patrol.bureau, "SQUAD"), "别处的班", NIGHT_MONDAY);
        assertProblem(Api.post("/assignments", json("officerId", patrol.officer, "gridId", patrol.grid,
                "shiftId", elsewhere)), 422, "assignment.shift-not-available");
        assertEquals(1, Fixtures.count("SELECT count(*) FROM assignment WHERE grid_id = ?", patrol.grid));

        assertProblem(Api.post("/shifts/" + patrol.nightShift + "/deactivate", ""), 422, "shift.in-use");
        String endAt = "2030-01-15T00:00:00+08:00";
        Api.Answer ended = Api.post("/assignments/" + id + "/end", json("at", endAt));
        assertEquals(200, ended.status(), ended.raw().body());
        assertEquals(Instant.parse("2030-01-14T16:00:00Z"), Instant.parse(ended.body().path("validTo").asText()));
        assertProblem(Api.post("/assignments/" + id + "/end", json("at", "2030-02-01T00:00:00Z")),
                422, "assignment.already-ended");
        assertProblem(Api.post("/assignments/" + id + "/end", json("at", "2024-01-01T00:00:00Z")),
                422, "assignment.end-before-start");

        assertEquals(List.of(patrol.officer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(MONDAY.plusDays(1), "02:00")).body()), "before its end");
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at="
                + at(MONDAY.plusDays(8), "02:00")).body()), "after its end");
        assertEquals(Set.of(), ids(Api.get("/assignments?gridId=" + patrol.grid + "&at=" + at(MONDAY.plusDays(8), "02:00")).body()));

        assertProblem(Api.post("/shifts/" + patrol.nightShift + "/deactivate", ""), 422, "shift.in-use");
        assertEquals(200, Api.post("/assignments/" + id + "/end", "").status(), "ending earlier than planned: now");
        assertEquals(200, Api.post("/shifts/" + patrol.nightShift + "/deactivate", "").status(),
                "a shift no live assignment uses");

        assertProblem(Api.get("/assignments/987654321"), 404, "assignment.not-found");
        assertProblem(Api.post("/assignments/987654321/end", json("at", endAt)), 404, "assignment.not-found");
        assertProblem(Api.post("/assignments", "{\"gridId\": }"), 400, "json.malformed");
    }

    @Test
    void assignmentEndsNowWithoutABody() throws Exception {
        Patrol patrol = Patrol.create();
        long id = patrol.assignOfficer(null);
        Api.Answer ended = Api.post("/assignments/" + id + "/end", "");
        assertEquals(200, ended.status(), ended.raw().body());
        Instant end = Instant.parse(ended.body().path("validTo").asText());
        assertTrue(Math.abs(end.toEpochMilli() - System.currentTimeMillis()) < 60_000, end.toString());
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty").body()));
    }

    @Test
    void retiredGridHasNobodyOnDuty() throws Exception {
        Patrol patrol = Patrol.create();
        patrol.assignOfficer(null);
        assertEquals(List.of(patrol.officer), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty").body()));
        Fixtures.count("WITH r AS (UPDATE grid SET retired_at = now() WHERE id = ? RETURNING 1) SELECT count(*) FROM r",
                patrol.grid);
        assertEquals(List.of(), officerIds(Api.get("/duty/grids/" + patrol.grid + "/on-duty").body()));
        assertEquals(0, Api.get("/duty/officers/" + patrol.officer + "/grids").body().path("grids").size());
        assertProblem(Api.post("/assignments", json("officerId", patrol.officer, "gridId", patrol.grid)),
                422, "assignment.grid-retired");
    }

    @Test
    void dutyQueriesRefuseUnknownIdsAndUnreadableInstants() throws Exception {
        Patrol patrol = Patrol.create();
        assertProblem(Api.get("/duty/grids/987654321/on-duty"), 404, "grid.not-found");
        assertProblem(Api.get("/duty/officers/987654321/grids"), 404, "officer.not-found");
        assertProblem(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=yesterday"), 400, "query.invalid");
        assertProblem(Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=2030-01-08T02:00:00"), 400, "query.invalid");
        assertProblem(Api.get("/duty/officers/" + patrol.officer + "/grids?at=2030-01-08"), 400, "query.invalid");

        patrol.assignOfficer(patrol.nightShift);
        Api.Answer rawPlus = Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=2030-01-08T02:00:00+08:00");
        assertEquals(200, rawPlus.status(), rawPlus.raw().body());
        assertEquals(List.of(patrol.officer), officerIds(rawPlus.body()), "an unescaped '+' still reads as an offset");
        assertEquals(Instant.parse("2030-01-07T18:00:00Z"), Instant.parse(rawPlus.body().path("at").asText()));
        Api.Answer utc = Api.get("/duty/grids/" + patrol.grid + "/on-duty?at=2030-01-07T18:00:00Z");
        assertEquals(List.of(patrol.officer), officerIds(utc.body()), "the same instant in UTC");
    }

    private static long shift(long orgUnitId, String name, String windows) {
        Api.Answer created = Api.post("/shifts", "{\"orgUnitId\":" + orgUnitId + ",\"name\":\"" + name + "-"
                + unique("s") + "\",\"windows\":" + windows + "}");
        assertEquals(201, created.status(), created.raw().body());
        return created.body().path("id").asLong();
    }

    private static long assign(String body) {
        Api.Answer created = Api.post("/assignments", body);
        assertEquals(201, created.status(), created.raw().body());
        return created.body().path("id").asLong();
    }

    private static String weekdays(String start, String end) {
        List<String> windows = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            windows.add("{\"weekday\":" + day + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}");
        }
        return String.join(",", windows);
    }

    /** @return the query value of a Beijing wall-clock time, offset escaped */
    private static String at(LocalDate day, String time) {
        return URLEncoder.encode(OffsetDateTime.of(day, LocalTime.parse(time), BEIJING).toString(), StandardCharsets.UTF_8);
    }

    private static List<Long> officerIds(JsonNode gridDuty) {
        List<Long> ids = new ArrayList<>();
        gridDuty.path("officers").forEach(o -> ids.add(o.path("officerId").asLong()));
        return ids;
    }

    private static Set<Long> ids(JsonNode list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}

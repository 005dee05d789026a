package org.gridpatrol.it;

import static org.gridpatrol.it.District.cell;
import static org.gridpatrol.it.District.cellArea;
import static org.gridpatrol.it.District.count;
import static org.gridpatrol.it.District.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class GridIT {
    private static final double SIDE = 0.004;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static JsonNode created(String body) {
        Api.Answer answer = Api.post("/grids", body);
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.body();
    }

    private static Api.Answer put(String path, String body) {
        return Api.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Api.Answer postAs(String path, String type, String body) {
        return Api.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String base() {
        return System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    }

    /** All numbers of a nested array, so 28 and 28.0 compare equal. */
    private static List<Double> numbers(JsonNode node) {
        List<Double> all = new ArrayList<>();
        if (node.isNumber()) {
            all.add(node.asDouble());
        }
        node.forEach(child -> all.addAll(numbers(child)));
        return all;
    }

    private static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.path("errors").forEach(e -> codes.add(e.path("code").asText()));
        return codes;
    }

    @Test
    void unitGridIsStoredWithGeodesicAreaAndReadBackUnchanged() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        String code = District.code();
        String square = cell(o[0], o[1], SIDE, SIDE);

        Api.Answer answer = Api.post("/grids", draft("UNIT_GRID", "解放社区001", code, unit, square, null));

        assertEquals(201, answer.status(), answer.raw().body());
        JsonNode grid = answer.body();
        long id = grid.path("id").asLong();
        assertTrue(answer.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/v1/grids/" + id));
        assertEquals(code, grid.path("code").asText());
        assertEquals(0, grid.path("version").asInt());
        double expected = cellArea(o[1], SIDE, SIDE);
        assertEquals(expected, grid.path("areaM2").asDouble(), expected * 0.01);
        assertTrue(grid.path("perimeterM").asDouble() > 4 * 0.9 * SIDE * 92_000);
        assertEquals("MultiPolygon", grid.path("geometry").path("type").asText());
        assertEquals(numbers(Api.JSON.readTree(square).path("coordinates")),
                numbers(grid.path("geometry").path("coordinates").get(0)));

        JsonNode read = Api.get("/grids/" + id).body();
        assertEquals(grid.path("geometry"), read.path("geometry"));
        assertEquals(1, count("SELECT count(*) FROM grid_version WHERE grid_id = ?", id));
    }

    @Test
    void brokenRulesAre422WithEveryReasonAndNothingStored() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        long before = count("SELECT count(*) FROM grid");

        Api.Answer missingCode = Api.post("/grids", draft("UNIT_GRID", "无编码", null, unit, cell(o[0], o[1], SIDE, SIDE), null));
        assertEquals(422, missingCode.status());
        assertTrue(missingCode.contentType().startsWith("application/problem+json"));
        assertEquals("grid.rules-broken", missingCode.body().path("code").asText());
        assertEquals(List.of("grid.code-missing"), codes(missingCode.body()));

        Api.Answer badCode = Api.post("/grids", draft("UNIT_GRID", "错编码", "990303001001001", unit, cell(o[0], o[1], SIDE, SIDE), null));
        assertEquals(List.of("grid.code-structure"), codes(badCode.body()));

        Api.Answer tiny = Api.post("/grids", draft("UNIT_GRID", "太小", District.code(), unit, cell(o[0], o[1], 0.00005, 0.00005), null));
        assertEquals(422, tiny.status(), tiny.raw().body());
        assertEquals(List.of("grid.too-small"), codes(tiny.body()));

        Api.Answer unknownUnit = Api.post("/grids", draft("KEY_AREA", "无主", null, 987_654_321L, cell(o[0], o[1], SIDE, SIDE), null));
        assertEquals(List.of("grid.org-unit-unknown"), codes(unknownUnit.body()));

        Api.Answer kind = Api.post("/grids", draft("PARK", "公园", null, unit, cell(o[0], o[1], SIDE, SIDE), null));
        assertEquals(List.of("grid.kind-unknown"), codes(kind.body()));

        assertEquals(before, count("SELECT count(*) FROM grid"), "no refused grid was stored");
    }

    @Test
    void selfIntersectionNamesItsLocation() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        String bowtie = String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.3f,%2$.3f],[%3$.3f,%4$.3f],[%3$.3f,%2$.3f],[%1$.3f,%4$.3f],[%1$.3f,%2$.3f]]]}",
                o[0], o[1], o[0] + 0.01, o[1] + 0.01);

        Api.Answer answer = Api.post("/grids", draft("UNIT_GRID", "蝴蝶", District.code(), unit, bowtie, null));

        assertEquals(422, answer.status());
        JsonNode finding = answer.body().path("check").path("errors").get(0);
        assertEquals("grid.invalid-geometry", finding.path("code").asText());
        String x = new java.math.BigDecimal(o[0] + 0.005).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        assertTrue(finding.path("message").asText().startsWith("Self-intersection[" + x), finding.toString());
        assertEquals("Point", finding.path("location").path("type").asText());
        assertEquals(o[0] + 0.005, finding.path("location").path("coordinates").get(0).asDouble(), 1e-9);
    }

    @Test
    void overlapOfUnitGridsIsAnErrorNamingTheOtherGridWithAreaAndShape() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        JsonNode first = created(draft("UNIT_GRID", "甲", District.code(), unit, cell(o[0], o[1], SIDE, SIDE), null));

        // the second covers the east half of the first and goes on east
        Api.Answer answer = Api.post("/grids", draft("UNIT_GRID", "乙", District.code(), unit,
                cell(o[0] + SIDE / 2, o[1], SIDE, SIDE), null));

        assertEquals(422, answer.status(), answer.raw().body());
        JsonNode overlap = answer.body().path("check").path("errors").get(0);
        assertEquals("grid.overlap", overlap.path("code").asText());
        assertEquals(first.path("id").asLong(), overlap.path("otherGrid").path("id").asLong());
        assertEquals("甲", overlap.path("otherGrid").path("name").asText());
        double half = cellArea(o[1], SIDE / 2, SIDE);
        assertEquals(half, overlap.path("areaM2").asDouble(), half * 0.01);
        assertEquals("Polygon", overlap.path("location").path("type").asText());

        // a neighbour sharing the border exactly is fine
        created(draft("UNIT_GRID", "丙", District.code(), unit, cell(o[0] + SIDE, o[1], SIDE, SIDE), null));
    }

    @Test
    void overlappingKeyAreasAreAWarningTheSupervisorCanAccept() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        created(draft("KEY_AREA", "火车站广场", null, unit, cell(o[0], o[1], SIDE, SIDE), null));
        String second = draft("KEY_AREA", "农贸市场", null, unit, cell(o[0] + SIDE / 2, o[1], SIDE, SIDE), null);

        Api.Answer refused = Api.post("/grids", second);
        assertEquals(422, refused.status());
        assertEquals("grid.warnings-not-accepted", refused.body().path("code").asText());
        assertEquals("grid.overlap", refused.body().path("check").path("warnings").get(0).path("code").asText());

        JsonNode saved = created(draft("KEY_AREA", "农贸市场", null, unit, cell(o[0] + SIDE / 2, o[1], SIDE, SIDE),
                "\"acceptWarnings\":true"));
        assertEquals("grid.overlap", saved.path("warnings").get(0).path("code").asText());
    }

    @Test
    void checkReportsWithoutStoring() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        created(draft("UNIT_GRID", "甲", District.code(), unit, cell(o[0], o[1], SIDE, SIDE), null));
        long before = count("SELECT count(*) FROM grid");

        Api.Answer check = Api.post("/grids/check", draft("UNIT_GRID", "乙", District.code(), unit,
                cell(o[0] + SIDE / 4, o[1], SIDE, SIDE), null));

        assertEquals(200, check.status(), check.raw().body());
        assertEquals("grid.overlap", check.body().path("errors").get(0).path("code").asText());
        assertEquals(before, count("SELECT count(*) FROM grid"));
    }

    @Test
    void hugePolygonsAreRefusedCleanly() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        Api.Answer tooBigToRead = Api.post("/grids", draft("UNIT_GRID", "巨", District.code(), unit, circle(o, 100_001), null));
        assertEquals(422, tooBigToRead.status());
        assertEquals("geojson.too-many-vertices", tooBigToRead.body().path("code").asText());

        Api.Answer tooBigToKeep = Api.post("/grids", draft("UNIT_GRID", "大", District.code(), unit, circle(o, 25_000), null));
        assertEquals(422, tooBigToKeep.status());
        assertEquals(List.of("grid.too-many-vertices"), codes(tooBigToKeep.body()));
    }

    private static String circle(double[] o, int vertices) {
        StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= vertices; i++) {
            double a = 2 * Math.PI * (i % vertices) / vertices;
            ring.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.8f,%.8f]",
                    o[0] + 0.01 + 0.01 * Math.cos(a), o[1] + 0.01 + 0.01 * Math.sin(a)));
        }
        return ring.append("]]}").toString();
    }

    @Test
    void badInputIsAProblemEachTime() throws Exception {
        long unit = District.orgUnit();
        Api.Answer malformed = Api.post("/grids", "{\"kind\":\"UNIT_GRID\",");
        assertEquals(400, malformed.status());
        assertEquals("json.malformed", malformed.body().path("code").asText());

        Api.Answer line = Api.post("/grids", draft("UNIT_GRID", "线", District.code(), unit,
                "{\"type\":\"LineString\",\"coordinates\":[[117,32],[117.1,32]]}", null));
        assertEquals(422, line.status());
        assertEquals("geojson.wrong-type", line.body().path("code").asText());

        Api.Answer unknownMember = Api.post("/grids", "{\"kind\":\"UNIT_GRID\",\"colour\":\"red\"}");
        assertEquals(400, unknownMember.status());
        assertEquals("json.unknown-member", unknownMember.body().path("code").asText());

        Api.Answer unknown = Api.get("/grids/999999999");
        assertEquals(404, unknown.status());
        assertEquals("grid.unknown", unknown.body().path("code").asText());

        Api.Answer badBbox = Api.get("/grids?bbox=1,2,3");
        assertEquals(400, badBbox.status());
        assertEquals("query.invalid", badBbox.body().path("code").asText());

        Api.Answer badTime = Api.get("/grids/1?at=yesterday");
        assertEquals(400, badTime.status());
        assertEquals("query.invalid", badTime.body().path("code").asText());
    }

    @Test
    void gridAsItWasAtATimeAfterTwoEdits() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        String code = District.code();
        JsonNode v0 = created(draft("UNIT_GRID", "历史", code, unit, cell(o[0], o[1], SIDE, SIDE), null));
        long id = v0.path("id").asLong();
        Instant afterCreate = Instant.now();
        Thread.sleep(30);

        Api.Answer edit1 = put("/grids/" + id, draft("UNIT_GRID", "历史", code, unit, cell(o[0], o[1], 2 * SIDE, SIDE),
                "\"version\":0,\"reason\":\"并入东侧地块\""));
        assertEquals(200, edit1.status(), edit1.raw().body());
        assertEquals(1, edit1.body().path("version").asInt());
        Instant afterEdit1 = Instant.now();
        Thread.sleep(30);

        Api.Answer stale = put("/grids/" + id, draft("UNIT_GRID", "历史", code, unit, cell(o[0], o[1], 3 * SIDE, SIDE),
                "\"version\":0,\"reason\":\"过期的编辑\""));
        assertEquals(409, stale.status());
        assertEquals("grid.stale-version", stale.body().path("code").asText());

        Api.Answer edit2 = put("/grids/" + id, draft("UNIT_GRID", "历史", code, unit, cell(o[0], o[1], 2 * SIDE, 2 * SIDE),
                "\"version\":1,\"reason\":\"并入北侧地块\""));
        assertEquals(200, edit2.status(), edit2.raw().body());

        double one = cellArea(o[1], SIDE, SIDE);
        assertEquals(one, Api.get("/grids/" + id + "?at=" + afterCreate).body().path("areaM2").asDouble(), one * 0.01);
        JsonNode atEdit1 = Api.get("/grids/" + id + "?at=" + afterEdit1).body();
        assertEquals(1, atEdit1.path("version").asInt());
        assertEquals(2 * one, atEdit1.path("areaM2").asDouble(), one * 0.02);
        assertEquals(2, Api.get("/grids/" + id).body().path("version").asInt());
        assertEquals(4 * one, Api.get("/grids/" + id).body().path("areaM2").asDouble(), one * 0.04);
        Api.Answer before = Api.get("/grids/" + id + "?at=2000-01-01T00:00:00Z");
        assertEquals(404, before.status());
        assertEquals("grid.not-at-time", before.body().path("code").asText());

        JsonNode versions = Api.get("/grids/" + id + "/versions").body();
        assertEquals(3, versions.size());
        assertEquals(1, count("SELECT count(*) FROM grid_version WHERE grid_id = ? AND reason = '并入东侧地块'", id));
    }

    @Test
    void retiredGridKeepsHistoryFreesItsCodeAndRefusesEdits() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        String code = District.code();
        long id = created(draft("UNIT_GRID", "旧", code, unit, cell(o[0], o[1], SIDE, SIDE), null)).path("id").asLong();

        Api.Answer retired = Api.post("/grids/" + id + "/retire", "{\"version\":0,\"reason\":\"拆迁\"}");
        assertEquals(200, retired.status(), retired.raw().body());
        assertNotNull(retired.body().path("retiredAt").asText(null));

        Api.Answer edit = put("/grids/" + id, draft("UNIT_GRID", "旧", code, unit, cell(o[0], o[1], SIDE, SIDE), "\"version\":0"));
        assertEquals(409, edit.status());
        assertEquals("grid.retired", edit.body().path("code").asText());

        created(draft("UNIT_GRID", "新", code, unit, cell(o[0], o[1], SIDE, SIDE), null));
        assertEquals(1, count("SELECT count(*) FROM grid_version WHERE grid_id = ? AND valid_to IS NOT NULL", id));
    }

    @Test
    void boundingBoxListsOnlyLiveGridsInsideIt() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        long inside = created(draft("UNIT_GRID", "内", District.code(), unit, cell(o[0], o[1], SIDE, SIDE), null)).path("id").asLong();
        long outside = created(draft("UNIT_GRID", "外", District.code(), unit, cell(o[0] + 0.1, o[1], SIDE, SIDE), null)).path("id").asLong();
        long key = created(draft("KEY_AREA", "重点", null, unit, cell(o[0], o[1], SIDE / 2, SIDE / 2), null)).path("id").asLong();

        String bbox = String.format(Locale.ROOT, "%f,%f,%f,%f", o[0] - 0.001, o[1] - 0.001, o[0] + 0.01, o[1] + 0.01);
        Api.Answer answer = Api.get("/grids?bbox=" + bbox);
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/geo+json"));
        List<Long> ids = new ArrayList<>();
        answer.body().path("features").forEach(f -> ids.add(f.path("id").asLong()));
        assertTrue(ids.contains(inside) && ids.contains(key) && !ids.contains(outside), ids.toString());

        List<Long> units = new ArrayList<>();
        Api.get("/grids?kind=UNIT_GRID&orgUnit=" + unit + "&simplify=5").body().path("features")
                .forEach(f -> units.add(f.path("id").asLong()));
        assertEquals(List.of(inside, outside), units);
    }

    @Test
    void mapViewAnswersNotModifiedUntilAGridChanges() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        created(draft("UNIT_GRID", "缓存", District.code(), unit, cell(o[0], o[1], SIDE, SIDE), null));
        Api.Answer first = Api.get("/grids?orgUnit=" + unit);
        String etag = first.raw().headers().firstValue("ETag").orElseThrow();

        Api.Answer same = Api.send(HttpRequest.newBuilder(URI.create(base() + "/grids?orgUnit=" + unit))
                .header("If-None-Match", etag).GET());
        assertEquals(304, same.status());

        created(draft("UNIT_GRID", "新增", District.code(), unit, cell(o[0] + SIDE, o[1], SIDE, SIDE), null));
        Api.Answer changed = Api.send(HttpRequest.newBuilder(URI.create(base() + "/grids?orgUnit=" + unit))
                .header("If-None-Match", etag).GET());
        assertEquals(200, changed.status());
        assertEquals(2, changed.body().path("features").size());
        assertFalse(etag.equals(changed.raw().headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void topologyReportFindsTheKnownOverlapsAndGap() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        // a ring of eight zones around an empty centre cell, then one zone over half of two ring cells
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != 1 || j != 1) {
                    created(draft("RESPONSIBILITY_ZONE", "区" + i + j, null, unit,
                            cell(o[0] + i * SIDE, o[1] + j * SIDE, SIDE, SIDE), null));
                }
            }
        }
        created(draft("RESPONSIBILITY_ZONE", "跨区", null, unit,
                cell(o[0] + SIDE / 2, o[1] - SIDE / 2, SIDE, SIDE), "\"acceptWarnings\":true"));

        JsonNode report = Api.get("/grids/topology?orgUnit=" + unit + "&kind=RESPONSIBILITY_ZONE").body();

        assertEquals(9, report.path("grids").asInt());
        double quarter = cellArea(o[1], SIDE / 2, SIDE / 2);
        assertEquals(2, report.path("overlaps").size(), report.toString());
        for (JsonNode overlap : report.path("overlaps")) {
            assertEquals(quarter, overlap.path("areaM2").asDouble(), quarter * 0.01);
        }
        assertEquals(1, report.path("gaps").size());
        double centre = cellArea(o[1] + SIDE, SIDE, SIDE);
        assertEquals(centre, report.path("gaps").get(0).path("areaM2").asDouble(), centre * 0.01);
        assertEquals("Polygon", report.path("gaps").get(0).path("location").path("type").asText());
    }

    @Test
    void districtImportDryRunReportsAndStoresNothingThenImportApplies() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        String keep = District.code();
        String change = District.code();
        String fresh = District.code();
        created(draft("UNIT_GRID", "保留", keep, unit, cell(o[0], o[1], SIDE, SIDE), null));
        long changed = created(draft("UNIT_GRID", "变更", change, unit, cell(o[0] + SIDE, o[1], SIDE, SIDE), null)).path("id").asLong();
        String collection = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("保留", keep, unit, cell(o[0], o[1], SIDE, SIDE)) + ","
                + feature("变更", change, unit, cell(o[0] + SIDE, o[1], SIDE, 2 * SIDE)) + ","
                + feature("新增", fresh, unit, cell(o[0] + 2 * SIDE, o[1], SIDE, SIDE)) + "]}";
        long grids = count("SELECT count(*) FROM grid");

        Api.Answer dry = Api.post("/grids/import?dryRun=true", collection);
        assertEquals(200, dry.status(), dry.raw().body());
        assertEquals(1, dry.body().path("created").asInt());
        assertEquals(1, dry.body().path("updated").asInt());
        assertEquals(1, dry.body().path("unchanged").asInt());
        assertFalse(dry.body().path("applied").asBoolean());
        assertEquals(grids, count("SELECT count(*) FROM grid"));
        assertEquals(0, count("SELECT count(*) FROM grid WHERE code = ?", fresh));

        Api.Answer real = Api.post("/grids/import", collection);
        assertEquals(200, real.status(), real.raw().body());
        assertTrue(real.body().path("applied").asBoolean());
        assertEquals(1, count("SELECT count(*) FROM grid WHERE code = ? AND retired_at IS NULL", fresh));
        assertEquals(1, Api.get("/grids/" + changed).body().path("version").asInt());

        String overlapping = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("重叠", District.code(), unit, cell(o[0] + SIDE / 2, o[1], SIDE, SIDE)) + "]}";
        Api.Answer refused = Api.post("/grids/import", overlapping);
        assertEquals(422, refused.status());
        assertEquals("grid-import.rules-broken", refused.body().path("code").asText());
        assertEquals(0, refused.body().path("report").path("errors").get(0).path("feature").asInt());
        assertEquals(grids + 1, count("SELECT count(*) FROM grid"));
    }

    @Test
    void csvExportCarriesWktAndImportsBackUnchanged() throws Exception {
        long unit = District.orgUnit();
        double[] o = District.origin();
        String code = District.code();
        created(draft("UNIT_GRID", "导出, \\\"测试\\\"", code, unit, cell(o[0], o[1], SIDE, SIDE), null));

        Api.Answer csv = Api.send(HttpRequest.newBuilder(URI.create(base() + "/grids/export?format=csv&orgUnit=" + unit)).GET());
        assertEquals(200, csv.status());
        String text = csv.raw().body();
        assertTrue(text.startsWith("id,kind,name,code,org_unit_code,area_m2,perimeter_m,version,wkt\n"), text);
        assertTrue(text.contains("\"导出, \"\"测试\"\"\"") && text.contains("MULTIPOLYGON"), text);

        Api.Answer back = postAs("/grids/import?dryRun=true", "text/csv", text);
        assertEquals(200, back.status(), back.raw().body());
        assertEquals(1, back.body().path("unchanged").asInt(), back.raw().body());

        Api.Answer geojson = Api.get("/grids/export?orgUnit=" + unit);
        assertEquals(1, geojson.body().path("features").size());
        assertNull(geojson.body().path("features").get(0).path("properties").get("geometry"));
    }

    private static String feature(String name, String code, long unit, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"kind\":\"UNIT_GRID\",\"name\":\"" + name + "\",\"code\":\"" + code
                + "\",\"orgUnitId\":" + unit + "},\"geometry\":" + geometry + "}";
    }
}

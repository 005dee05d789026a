package org.gridpatrol.server.grid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.GeoJsonException;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.grid.GridCheck;
import org.gridpatrol.model.grid.GridFinding;
import org.gridpatrol.model.grid.GridImportReport;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.hibernate.Session;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A whole district's grids in one transaction, from a GeoJSON FeatureCollection
 * or CSV with WKT. A feature matches a stored grid by its {@code id} or, for unit
 * grids, by its code; others are created. All or nothing: any error stores nothing.
 * A dry run does everything, checks against the stored rows, then rolls back, so
 * its report is exactly what the import would do.
 */
@Stateless
public class GridImport {
    @PersistenceContext(unitName = "gridpatrol")
    private EntityManager em;

    @Resource
    private SessionContext transaction;

    @jakarta.inject.Inject
    private org.gridpatrol.server.alarm.AlarmHost alarms;

    @jakarta.inject.Inject
    private GridScope scope;

    /** One feature of an import, once read. */
    record Feature(int index, Long id, GridShape shape, String reason) {
    }

    /**
     * @param caller         who asks: every grid imported, and every grid it changes, must be in his scope
     * @param collection     a GeoJSON FeatureCollection; properties name, kind, code, orgUnitId or orgUnitCode, reason
     * @param dryRun         report without storing
     * @param acceptWarnings store even with warnings
     * @return what was (or would be) created, changed and left alone
     */
    public GridImportReport importGeoJson(Caller caller, JsonNode collection, boolean dryRun, boolean acceptWarnings) {
        if (collection == null || !"FeatureCollection".equals(collection.path("type").asText())
                || !collection.path("features").isArray()) {
            throw ProblemException.badRequest("grid-import.not-a-feature-collection",
                    "send a GeoJSON FeatureCollection with a \"features\" array");
        }
        List<Feature> features = new ArrayList<>();
        List<GridFinding> findings = new ArrayList<>();
        Map<String, Long> orgUnits = new HashMap<>();
        JsonNode all = collection.get("features");
        for (int i = 0; i < all.size(); i++) {
            JsonNode feature = all.get(i);
            JsonNode properties = feature.path("properties");
            try {
                MultiPolygon geometry = GridService.GEOJSON.readPolygonal(feature.get("geometry"));
                Long orgUnit = orgUnit(properties, orgUnits);
                Long id = feature.path("id").canConvertToLong() ? feature.get("id").asLong() : null;
                features.add(new Feature(i, id, new GridShape(text(properties, "kind"), text(properties, "name"),
                        text(properties, "code"), orgUnit, geometry), text(properties, "reason")));
            } catch (GeoJsonException e) {
                findings.add(GridChecks.error(e.code(), "feature " + i + e.pointer() + ": " + e.getMessage()).forFeature(i));
            } catch (ProblemException e) {
                findings.add(GridChecks.error(e.problem().code(), e.problem().detail()).forFeature(i));
            }
        }
        return apply(caller, features, findings, dryRun, acceptWarnings);
    }

    /**
     * @param caller         who asks: every grid imported, and every grid it changes, must be in his scope
     * @param csv            a header line naming at least kind, name, code, wkt and org_unit_code or org_unit_id
     *                       (an id column matches stored grids), then one grid per line
     * @param dryRun         report without storing
     * @param acceptWarnings store even with warnings
     * @return what was (or would be) created, changed and left alone
     */
    public GridImportReport importCsv(Caller caller, String csv, boolean dryRun, boolean acceptWarnings) {
        List<List<String>> records;
        try {
            records = GridCsv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("grid-import.bad-csv", e.getMessage());
        }
        if (records.isEmpty()) {
            throw ProblemException.badRequest("grid-import.empty", "the CSV has no header line");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        for (String needed : List.of("kind", "name", "wkt")) {
            if (!columns.containsKey(needed)) {
                throw ProblemException.badRequest("grid-import.column-missing", "the CSV header has no \"" + needed + "\" column");
            }
        }
        WKTReader wkt = new WKTReader(GeoJson.factory());
        List<Feature> features = new ArrayList<>();
        List<GridFinding> findings = new ArrayList<>();
        Map<String, Long> orgUnits = new HashMap<>();
        for (int line = 1; line < records.size(); line++) {
            int index = line - 1;
            List<String> record = records.get(line);
            try {
                Geometry geometry = wkt.read(cell(record, columns, "wkt"));
                MultiPolygon polygonal = geometry instanceof Polygon polygon
                        ? GeoJson.factory().createMultiPolygon(new Polygon[] {polygon})
                        : geometry instanceof MultiPolygon multi ? multi : null;
                if (polygonal == null) {
                    throw ProblemException.unprocessable("geojson.wrong-type",
                            "line " + (line + 1) + ": expected a POLYGON or MULTIPOLYGON, got " + geometry.getGeometryType(), null);
                }
                polygonal.setSRID(GeoJson.WGS84);
                Long orgUnit = orgUnit(cell(record, columns, "org_unit_id"), cell(record, columns, "org_unit_code"), orgUnits);
                String id = cell(record, columns, "id");
                features.add(new Feature(index, id == null || id.isBlank() ? null : Long.valueOf(id.strip()),
                        new GridShape(cell(record, columns, "kind"), cell(record, columns, "name"),
                                cell(record, columns, "code"), orgUnit, polygonal), cell(record, columns, "reason")));
            } catch (ParseException | NumberFormatException e) {
                findings.add(GridChecks.error("grid-import.bad-line", "line " + (line + 1) + ": " + e.getMessage()).forFeature(index));
            } catch (ProblemException e) {
                findings.add(GridChecks.error(e.problem().code(), e.problem().detail()).forFeature(index));
            }
        }
        return apply(caller, features, findings, dryRun, acceptWarnings);
    }

    private GridImportReport apply(Caller caller, List<Feature> features, List<GridFinding> findings, boolean dryRun,
                                   boolean acceptWarnings) {
        Session session = em.unwrap(Session.class);
        List<GridImportReport.Item> items = new ArrayList<>();
        Map<Long, Integer> featureOfGrid = new HashMap<>();
        Set<String> codes = new HashSet<>();
        List<GridEntity> created = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (Feature feature : features) {
            GridShape shape = feature.shape();
            if (shape.code() != null && !codes.add(shape.code())) {
                findings.add(GridChecks.error("grid.code-duplicated",
                        "code " + shape.code() + " appears twice in the import").forFeature(feature.index()));
                continue;
            }
            GridEntity existing = match(feature);
            if (!scope.mayOwn(caller, shape.orgUnitId())
                    || existing != null && !scope.mayOwn(caller, existing.orgUnitId())) {
                findings.add(GridChecks.error("grid.org-unit-unknown", "feature " + feature.index() + ": org unit "
                        + shape.orgUnitId() + ", or the grid the feature matches, is unknown").forFeature(feature.index()));
                continue;
            }
            List<GridFinding> before = session.doReturningWork(db ->
                    GridChecks.beforeSave(db, shape, existing == null ? null : existing.id()));
            before.forEach(f -> findings.add(f.forFeature(feature.index())));
            if (before.stream().anyMatch(GridFinding::blocking)) {
                continue;
            }
            if (existing == null) {
                GridEntity grid = new GridEntity(shape.kind(), shape.name(), shape.code(), shape.orgUnitId(), shape.geometry());
                em.persist(grid);
                created.add(grid);
                featureOfGrid.put(grid.id(), feature.index());
                items.add(new GridImportReport.Item(feature.index(), "CREATE", dryRun ? null : grid.id(), shape.name(), shape.code()));
            } else if (same(existing, shape)) {
                unchanged++;
                items.add(new GridImportReport.Item(feature.index(), "UNCHANGED", existing.id(), shape.name(), shape.code()));
            } else {
                existing.change(shape.kind(), shape.name(), shape.code(), shape.orgUnitId(), shape.geometry(),
                        feature.reason() == null ? "district import" : feature.reason());
                featureOfGrid.put(existing.id(), feature.index());
                updated++;
                items.add(new GridImportReport.Item(feature.index(), "UPDATE", existing.id(), shape.name(), shape.code()));
            }
        }
        em.flush();
        if (!featureOfGrid.isEmpty()) {
            session.doReturningWork(db -> GridChecks.afterSave(db, featureOfGrid.keySet()))
                    .forEach(f -> findings.add(f.grid() == null ? f : f.forFeature(featureOfGrid.get(f.grid().id()))));
        }
        GridCheck check = GridCheck.of(findings);
        boolean store = !dryRun && check.passes() && (check.warnings().isEmpty() || acceptWarnings);
        GridImportReport report = new GridImportReport(dryRun, store, created.size(), updated, unchanged, items,
                check.errors(), check.warnings());
        if (!store) {
            transaction.setRollbackOnly();
        } else {
            alarms.gridsChanged();
        }
        if (!dryRun && !check.passes()) {
            throw new ProblemException(Problem.of(422, "grid-import.rules-broken", "The import breaks the rules",
                    check.errors().size() + " error(s) in the import; nothing was stored").with("report", report));
        }
        if (!dryRun && !store) {
            throw new ProblemException(Problem.of(422, "grid.warnings-not-accepted", "Warnings not accepted",
                    check.warnings().size() + " warning(s) in the import; nothing was stored: import again with"
                            + " acceptWarnings=true to keep them").with("report", report));
        }
        return report;
    }

    private GridEntity match(Feature feature) {
        if (feature.id() != null) {
            GridEntity grid = em.find(GridEntity.class, feature.id());
            if (grid == null || grid.retiredAt() != null) {
                throw ProblemException.unprocessable("grid-import.unknown-id",
                        "feature " + feature.index() + " names grid " + feature.id() + ", which is not a live grid", null);
            }
            return grid;
        }
        if (feature.shape().code() == null) {
            return null;
        }
        List<GridEntity> byCode = em.createQuery(
                        "SELECT g FROM GridEntity g WHERE g.code = :code AND g.retiredAt IS NULL", GridEntity.class)
                .setParameter("code", feature.shape().code())
                .getResultList();
        return byCode.isEmpty() ? null : byCode.get(0);
    }

    private static boolean same(GridEntity grid, GridShape shape) {
        String storedCode = grid.code() == null ? null : grid.code().strip();
        return grid.kind().equals(shape.kind()) && grid.name().equals(shape.name())
                && java.util.Objects.equals(storedCode, shape.code()) && grid.orgUnitId() == shape.orgUnitId()
                && grid.geom().norm().equalsExact(shape.geometry().norm(), 1e-9);
    }

    private Long orgUnit(JsonNode properties, Map<String, Long> known) {
        JsonNode id = properties.get("orgUnitId");
        return orgUnit(id == null || id.isNull() ? null : id.asText(), text(properties, "orgUnitCode"), known);
    }

    private Long orgUnit(String id, String code, Map<String, Long> known) {
        if (id != null && !id.isBlank()) {
            try {
                return Long.valueOf(id.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.unprocessable("grid-import.bad-org-unit", "orgUnitId " + id + " is not a number", null);
            }
        }
        if (code == null || code.isBlank()) {
            return null;
        }
        return known.computeIfAbsent(code, c -> em.unwrap(Session.class).doReturningWork(db -> {
            try (PreparedStatement query = db.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
                query.setString(1, c);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.unprocessable("grid-import.unknown-org-unit",
                                "there is no org unit with code " + c, null);
                    }
                    return row.getLong(1);
                }
            }
        }));
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String cell(List<String> record, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null || column >= record.size() ? null : record.get(column);
    }
}

package org.gridpatrol.server.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.grid.GridFinding;
import org.gridpatrol.model.grid.GridFinding.GridRef;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules a grid must meet, and which findings are errors and which warnings.
 * Shape rules run before a save; rules about other grids (overlap) run on the
 * stored rows after a flush, inside the same transaction, so a batch is checked
 * against itself and the database in one query.
 */
final class GridChecks {
    static final Set<String> KINDS = Set.of("UNIT_GRID", "RESPONSIBILITY_ZONE", "KEY_AREA");
    static final double MIN_AREA_M2 = Double.parseDouble(System.getProperty("gridpatrol.grid.min-area-m2", "100"));
    static final int MAX_VERTICES = Integer.getInteger("gridpatrol.grid.max-vertices", 20_000);
    /** Overlaps up to this are snapping slop: a warning, never an error. */
    static final double OVERLAP_TOLERANCE_M2 = 1.0;
    /** Below this an intersection is floating-point noise along a shared border. */
    private static final double NOISE_M2 = 0.01;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GridChecks() {
    }

    /** Shape, name, kind, code and owner of one grid, before it is stored. */
    static List<GridFinding> beforeSave(Connection db, GridShape grid, Long selfId) throws SQLException {
        List<GridFinding> findings = new ArrayList<>();
        if (grid.name() == null || grid.name().isBlank()) {
            findings.add(error("grid.name-missing", "the grid needs a name"));
        }
        if (grid.kind() == null || !KINDS.contains(grid.kind())) {
            findings.add(error("grid.kind-unknown", "kind must be one of " + KINDS + ", got " + grid.kind()));
        }
        if (grid.orgUnitId() == null) {
            findings.add(error("grid.org-unit-missing", "the grid needs an owning org unit"));
        } else if (!orgUnitLive(db, grid.orgUnitId())) {
            findings.add(error("grid.org-unit-unknown", "org unit " + grid.orgUnitId() + " does not exist or is inactive"));
        }
        codeFindings(db, grid, selfId, findings);
        if (grid.geometry().getNumPoints() > MAX_VERTICES) {
            findings.add(error("grid.too-many-vertices", "a grid may have at most " + MAX_VERTICES
                    + " vertices; this one has " + grid.geometry().getNumPoints() + ": simplify it"));
        } else {
            validity(grid.geometry(), findings);
        }
        return findings;
    }

    private static void codeFindings(Connection db, GridShape grid, Long selfId, List<GridFinding> findings)
            throws SQLException {
        if (grid.code() == null) {
            if ("UNIT_GRID".equals(grid.kind())) {
                findings.add(error("grid.code-missing", "a unit grid needs its 15-digit CJ/T 213 code"));
            }
            return;
        }
        String problem = GridCode.problemWith(grid.code());
        if (problem != null) {
            findings.add(error("grid.code-structure", "code " + grid.code() + ": " + problem));
            return;
        }
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, name, code FROM grid WHERE code = ? AND retired_at IS NULL AND id <> ?")) {
            query.setString(1, grid.code());
            query.setLong(2, selfId == null ? -1 : selfId);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    GridRef other = new GridRef(row.getLong(1), row.getString(2), row.getString(3));
                    findings.add(new GridFinding("ERROR", "grid.code-taken", "code " + grid.code()
                            + " already belongs to live grid " + other.id() + " (" + other.name() + ")",
                            null, null, other, null, null));
                }
            }
        }
    }

    private static void validity(MultiPolygon geometry, List<GridFinding> findings) {
        TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
        if (invalid == null) {
            return;
        }
        Coordinate at = invalid.getCoordinate();
        // the wording PostGIS's ST_IsValidReason uses: the same GEOS rules
        String reason = at == null ? invalid.getMessage()
                : String.format(Locale.ROOT, "%s[%s %s]", invalid.getMessage(), plain(at.x), plain(at.y));
        JsonNode location = at == null ? null : GeoJson.write(GeoJson.factory().createPoint(at));
        findings.add(new GridFinding("ERROR", "grid.invalid-geometry", reason, location, null, null, null, null));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean orgUnitLive(Connection db, long orgUnitId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM org_unit WHERE id = ? AND active")) {
            query.setLong(1, orgUnitId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Size and overlap of stored grids against every live grid of the same kind. */
    static List<GridFinding> afterSave(Connection db, Collection<Long> ids) throws SQLException {
        List<GridFinding> findings = new ArrayList<>();
        Array idArray = db.createArrayOf("bigint", ids.toArray());
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, name, code, area_m2 FROM grid WHERE id = ANY(?) AND area_m2 < ?")) {
            query.setArray(1, idArray);
            query.setDouble(2, MIN_AREA_M2);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    findings.add(new GridFinding("ERROR", "grid.too-small", String.format(Locale.ROOT,
                            "the grid's area is %.1f m², below the minimum of %.0f m²", row.getDouble(4), MIN_AREA_M2),
                            null, ref(row, 1), null, row.getDouble(4), null));
                }
            }
        }
        // each pair once when both are in the batch; a.id is always the checked grid
        String overlaps = """
                SELECT a.id, a.name, a.code, b.id, b.name, b.code, a.kind, ST_Area(x.i::geography), ST_AsGeoJSON(x.i, 7)
                FROM grid a
                JOIN grid b ON b.kind = a.kind AND b.id <> a.id AND b.retired_at IS NULL AND a.geom && b.geom
                     AND (b.id <> ALL(?) OR b.id > a.id)
                CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3) AS i) x
                WHERE a.id = ANY(?) AND a.retired_at IS NULL AND ST_Intersects(a.geom, b.geom)
                  AND NOT ST_Touches(a.geom, b.geom) AND NOT ST_IsEmpty(x.i)""";
        try (PreparedStatement query = db.prepareStatement(overlaps)) {
            query.setArray(1, idArray);
            query.setArray(2, idArray);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    double area = row.getDouble(8);
                    if (area <= NOISE_M2) {
                        continue;
                    }
                    boolean blocking = "UNIT_GRID".equals(row.getString(7)) && area > OVERLAP_TOLERANCE_M2;
                    GridRef self = ref(row, 1);
                    GridRef other = ref(row, 4);
                    findings.add(new GridFinding(blocking ? "ERROR" : "WARNING", "grid.overlap",
                            String.format(Locale.ROOT, "grid %d (%s) overlaps grid %d (%s) of the same kind by %.1f m²",
                                    self.id(), self.name(), other.id(), other.name(), area),
                            json(row.getString(9)), self, other, area, null));
                }
            }
        }
        return findings;
    }

    static GridRef ref(ResultSet row, int first) throws SQLException {
        String code = row.getString(first + 2);
        return new GridRef(row.getLong(first), row.getString(first + 1), code == null ? null : code.strip());
    }

    static JsonNode json(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("PostGIS wrote JSON that does not parse", e);
        }
    }

    static GridFinding error(String code, String message) {
        return new GridFinding("ERROR", code, message, null, null, null, null, null);
    }
}

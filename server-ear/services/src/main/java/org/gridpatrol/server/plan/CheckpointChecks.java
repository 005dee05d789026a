package org.gridpatrol.server.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.GeoJsonException;
import org.gridpatrol.model.plan.CheckpointDraft;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The rules a checkpoint draft must keep: a name, a GeoJSON point inside (or within its radius of)
 * a live grid of the caller's scope, a radius of 1 to 500 m, a tag no other checkpoint has.
 */
final class CheckpointChecks {
    static final double DEFAULT_RADIUS_M = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeoJson GEOJSON = new GeoJson(10);

    /** A draft that passed, its values cleaned. */
    record Checked(long gridId, String name, double lon, double lat, double radiusM, String tagCode) {
    }

    private CheckpointChecks() {
    }

    static Checked check(Connection db, Caller caller, CheckpointDraft draft, Long id) throws SQLException {
        Violations.body(draft);
        Violations v = new Violations();
        String name = v.text("/name", draft.name(), 100);
        Long gridId = v.required("/gridId", draft.gridId());
        String tag = v.optionalText("/tagCode", draft.tagCode(), 64);
        double radius = draft.radiusM() == null ? DEFAULT_RADIUS_M : draft.radiusM();
        if (!(radius >= 1 && radius <= 500)) {
            v.add("/radiusM", "field.out-of-range", "/radiusM must be between 1 and 500 metres");
        }
        Point point = point(v, draft.geometry());
        if (gridId != null && PlanScope.grid(db, caller, gridId) == null) {
            v.add("/gridId", "checkpoint.grid-unknown", "there is no live grid " + gridId);
            gridId = null;
        }
        v.throwIfAny("checkpoint.invalid", "the checkpoint cannot be saved");
        try (PreparedStatement near = Bind.statement(db, "SELECT ST_DWithin(geom::geography,"
                + " ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?) FROM grid WHERE id = ?",
                point.getX(), point.getY(), radius, gridId); ResultSet row = near.executeQuery()) {
            if (row.next() && !row.getBoolean(1)) {
                throw ProblemException.unprocessable("checkpoint.outside-grid",
                        "the checkpoint lies outside grid " + gridId + " (farther than its radius)", null);
            }
        }
        if (tag != null) {
            try (PreparedStatement taken = Bind.statement(db, "SELECT id FROM checkpoint WHERE tag_code = ? AND id <> ?",
                    tag, id == null ? -1L : id); ResultSet row = taken.executeQuery()) {
                if (row.next()) {
                    throw ProblemException.conflict("checkpoint.tag-taken",
                            "the tag " + tag + " already belongs to checkpoint " + row.getLong(1));
                }
            }
        }
        return new Checked(gridId, name, point.getX(), point.getY(), radius, tag);
    }

    private static Point point(Violations v, JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            v.add("/geometry", "field.required", "/geometry (a GeoJSON Point) is required");
            return null;
        }
        try {
            Geometry read = GEOJSON.read(geometry);
            if (read instanceof Point point && !point.isEmpty()) {
                return point;
            }
            v.add("/geometry", "checkpoint.not-a-point", "/geometry must be a GeoJSON Point");
        } catch (GeoJsonException e) {
            v.add("/geometry" + e.pointer(), e.code(), e.getMessage());
        }
        return null;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostGIS wrote GeoJSON that does not parse", e);
        }
    }
}

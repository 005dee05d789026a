package org.gridpatrol.server.grid;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.hibernate.Session;

/**
 * Grids for the map and for export. PostGIS writes the GeoJSON itself: for a
 * city-wide view that is far faster than building geometries in Java and
 * serialising them again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GridMap {
    /** Metres per degree of latitude, to turn a simplification tolerance into degrees. */
    private static final double METRES_PER_DEGREE = 111_320.0;

    private static final String FEATURES = """
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                     'type', 'Feature', 'id', g.id,
                     'geometry', ST_AsGeoJSON(CASE WHEN ? > 0 THEN ST_Simplify(g.geom, ?, true) ELSE g.geom END, 7)::json,
                     'properties', json_build_object('kind', g.kind, 'name', g.name, 'code', rtrim(g.code),
                        'orgUnitId', g.org_unit_id, 'orgUnitCode', u.code, 'areaM2', round(g.area_m2::numeric, 1),
                        'perimeterM', round(g.perimeter_m::numeric, 1), 'version', g.version)) ORDER BY g.id), '[]'::json))::text
            FROM grid g JOIN org_unit u ON u.id = g.org_unit_id
            WHERE g.retired_at IS NULL
              AND (?::text IS NULL OR g.kind = ?)
              AND (?::text IS NULL OR u.path LIKE ? || '%')
              AND (?::float8 IS NULL OR g.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326))""";

    private static final String CSV = """
            SELECT g.id, g.kind, g.name, rtrim(g.code), u.code, g.area_m2, g.perimeter_m, g.version, ST_AsText(g.geom)
            FROM grid g JOIN org_unit u ON u.id = g.org_unit_id
            WHERE g.retired_at IS NULL AND (?::text IS NULL OR u.path LIKE ? || '%') ORDER BY g.id""";

    /** What changes whenever a grid is created, edited or retired (committed rows only). */
    private static final String DATA_VERSION = "SELECT count(*) || '-' || coalesce(max(id), 0) || '-' "
            + "|| coalesce(extract(epoch FROM max(updated_at))::text, '') FROM grid";

    /** Recent answers by query; grids change seldom and many desktops ask for the same view. */
    private static final Map<String, MapFeatures> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, MapFeatures> eldest) {
                    return size() > 64;
                }
            });

    /**
     * A FeatureCollection ready to send.
     *
     * @param json UTF-8 GeoJSON
     * @param etag changes exactly when the grids (or the query) do
     */
    public record MapFeatures(byte[] json, String etag) {
    }

    @PersistenceContext(unitName = "gridpatrol")
    private EntityManager em;

    @jakarta.inject.Inject
    private GridScope scope;

    /**
     * Live grids as a GeoJSON FeatureCollection.
     *
     * @param caller      who asks: only grids of his scope
     * @param bbox        minLon, minLat, maxLon, maxLat, or null for everywhere
     * @param kind        one kind only, or null
     * @param orgUnitId   only the grids of this org unit's subtree, or null
     * @param simplifyM   simplification tolerance in metres for overview maps, 0 for exact
     * @return the FeatureCollection's JSON text
     */
    public MapFeatures features(Caller caller, double[] bbox, String kind, Long orgUnitId, double simplifyM) {
        if (bbox != null && (bbox.length != 4 || bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
            throw ProblemException.badRequest("grid.bad-bbox", "bbox is minLon,minLat,maxLon,maxLat with min ≤ max");
        }
        if (kind != null && !GridChecks.KINDS.contains(kind)) {
            throw ProblemException.badRequest("grid.kind-unknown", "kind must be one of " + GridChecks.KINDS);
        }
        if (!(simplifyM >= 0 && simplifyM <= 1000)) {
            throw ProblemException.badRequest("grid.bad-simplify", "simplify is a tolerance in metres, 0 to 1000");
        }
        String path = scope.subtree(caller, orgUnitId);
        double tolerance = simplifyM / METRES_PER_DEGREE;
        return em.unwrap(Session.class).doReturningWork(db -> {
            String version;
            try (PreparedStatement query = db.prepareStatement(DATA_VERSION); ResultSet row = query.executeQuery()) {
                row.next();
                version = row.getString(1);
            }
            String key = java.util.Arrays.toString(bbox) + "|" + kind + "|" + path + "|" + simplifyM;
            String etag = "\"" + Integer.toHexString(key.hashCode()) + "-" + version + "\"";
            MapFeatures cached = CACHE.get(key);
            if (cached != null && cached.etag().equals(etag)) {
                return cached;
            }
            try (PreparedStatement query = db.prepareStatement(FEATURES)) {
                query.setDouble(1, tolerance);
                query.setDouble(2, tolerance);
                query.setString(3, kind);
                query.setString(4, kind);
                query.setString(5, path);
                query.setString(6, path);
                for (int i = 0; i < 5; i++) {
                    query.setObject(7 + i, bbox == null ? null : bbox[Math.max(0, i - 1)], java.sql.Types.DOUBLE);
                }
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    MapFeatures fresh = new MapFeatures(row.getString(1).getBytes(StandardCharsets.UTF_8), etag);
                    CACHE.put(key, fresh);
                    return fresh;
                }
            }
        });
    }

    /**
     * Writes live grids as CSV with the geometry in WKT.
     *
     * @param caller    who asks: only grids of his scope
     * @param orgUnitId the org unit whose subtree to export, or null for all
     * @param out       where to write
     */
    public void csv(Caller caller, Long orgUnitId, Writer out) {
        String path = scope.subtree(caller, orgUnitId);
        em.unwrap(Session.class).doWork(db -> {
            try (PreparedStatement query = db.prepareStatement(CSV)) {
                query.setString(1, path);
                query.setString(2, path);
                query.setFetchSize(200);
                try (ResultSet row = query.executeQuery()) {
                    out.write("id,kind,name,code,org_unit_code,area_m2,perimeter_m,version,wkt\n");
                    while (row.next()) {
                        out.write(row.getLong(1) + "," + row.getString(2) + "," + GridCsv.quote(row.getString(3)) + ","
                                + nullToEmpty(row.getString(4)) + "," + GridCsv.quote(row.getString(5)) + ","
                                + String.format(java.util.Locale.ROOT, "%.1f,%.1f", row.getDouble(6), row.getDouble(7))
                                + "," + row.getInt(8) + ",\"" + row.getString(9) + "\"\n");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

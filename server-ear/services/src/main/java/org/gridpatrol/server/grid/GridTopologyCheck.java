package org.gridpatrol.server.grid;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.model.grid.GridFinding;
import org.gridpatrol.model.grid.GridTopology;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.hibernate.Session;

/**
 * The topology report of an org unit's grids: overlaps between them and gaps
 * inside their union, each with its area and geometry so the desktop can paint it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GridTopologyCheck {
    /** Below this an overlap or gap is floating-point noise along a shared border. */
    private static final double NOISE_M2 = 0.01;

    private static final String SCOPE = """
            WITH s AS (SELECT g.id, g.name, g.code, g.geom FROM grid g JOIN org_unit u ON u.id = g.org_unit_id
                       WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'
                         AND g.kind = ? AND g.retired_at IS NULL)
            """;
    private static final String SUMMARY = SCOPE + "SELECT count(*), coalesce(ST_Area(ST_Union(geom)::geography), 0) FROM s";
    private static final String OVERLAPS = SCOPE + """
            SELECT a.id, a.name, a.code, b.id, b.name, b.code, ST_Area(x.i::geography), ST_AsGeoJSON(x.i, 7)
            FROM s a JOIN s b ON a.id < b.id AND a.geom && b.geom
            CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3) AS i) x
            WHERE ST_Intersects(a.geom, b.geom) AND NOT ST_Touches(a.geom, b.geom) AND NOT ST_IsEmpty(x.i)
            ORDER BY a.id, b.id""";
    private static final String GAPS = SCOPE + """
            SELECT ST_Area(h.geom::geography), ST_AsGeoJSON(h.geom, 7)
            FROM (SELECT (ST_Dump(ST_Union(geom))).geom AS part FROM s) u
            CROSS JOIN LATERAL (SELECT ST_MakePolygon(ST_InteriorRingN(u.part, n)) AS geom
                                FROM generate_series(1, ST_NumInteriorRings(u.part)) AS n) h
            ORDER BY 1 DESC""";

    @PersistenceContext(unitName = "gridpatrol")
    private EntityManager em;

    @jakarta.inject.Inject
    private GridScope scope;

    /**
     * @param caller    who asks: the org unit must be in his scope
     * @param orgUnitId the org unit whose subtree's grids to check
     * @param kind      the kind of grid to check, usually {@code UNIT_GRID}
     * @return overlaps and gaps with their areas and geometries
     */
    public GridTopology check(Caller caller, long orgUnitId, String kind) {
        if (!GridChecks.KINDS.contains(kind)) {
            throw ProblemException.badRequest("grid.kind-unknown", "kind must be one of " + GridChecks.KINDS);
        }
        scope.subtree(caller, orgUnitId);
        return em.unwrap(Session.class).doReturningWork(db -> {
            int count;
            double area;
            try (PreparedStatement query = db.prepareStatement(SUMMARY)) {
                query.setLong(1, orgUnitId);
                query.setString(2, kind);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    count = row.getInt(1);
                    area = row.getDouble(2);
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM org_unit WHERE id = ?")) {
                query.setLong(1, orgUnitId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + orgUnitId);
                    }
                }
            }
            List<GridFinding> overlaps = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(OVERLAPS)) {
                query.setLong(1, orgUnitId);
                query.setString(2, kind);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        double overlap = row.getDouble(7);
                        if (overlap > NOISE_M2) {
                            GridFinding.GridRef a = GridChecks.ref(row, 1);
                            GridFinding.GridRef b = GridChecks.ref(row, 4);
                            overlaps.add(new GridFinding("ERROR", "grid.overlap", String.format(Locale.ROOT,
                                    "grids %d (%s) and %d (%s) overlap by %.1f m²", a.id(), a.name(), b.id(), b.name(),
                                    overlap), GridChecks.json(row.getString(8)), a, b, overlap, null));
                        }
                    }
                }
            }
            List<GridFinding> gaps = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(GAPS)) {
                query.setLong(1, orgUnitId);
                query.setString(2, kind);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        double gap = row.getDouble(1);
                        if (gap > NOISE_M2) {
                            gaps.add(new GridFinding("WARNING", "grid.gap", String.format(Locale.ROOT,
                                    "a gap of %.1f m² lies between the grids", gap),
                                    GridChecks.json(row.getString(2)), null, null, gap, null));
                        }
                    }
                }
            }
            return new GridTopology(orgUnitId, kind, count, area, overlaps, gaps);
        });
    }
}

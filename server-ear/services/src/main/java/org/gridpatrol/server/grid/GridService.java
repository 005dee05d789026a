package org.gridpatrol.server.grid;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.grid.GridCheck;
import org.gridpatrol.model.grid.GridDraft;
import org.gridpatrol.model.grid.GridFinding;
import org.gridpatrol.model.grid.GridView;
import org.gridpatrol.server.alarm.AlarmHost;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.hibernate.Session;

/**
 * Creating, changing, retiring and reading grids. Every save runs the grid checks
 * in its own transaction: errors roll it back with a 422 listing them, warnings
 * do the same unless the supervisor accepted them.
 */
@Stateless
public class GridService {
    /** Requests may carry big polygons, but not unbounded ones: refused while parsing. */
    static final GeoJson GEOJSON = new GeoJson(100_000);

    private static final String VIEW = """
            SELECT g.id, g.kind, g.name, g.code, g.org_unit_id, ST_AsGeoJSON(%1$s.geom), %2$s, %1$s.version,
                   v.valid_from, v.valid_to, g.retired_at
            FROM grid g %3$s JOIN grid_version v ON v.grid_id = g.id AND %4$s
            WHERE g.id = ?""";
    private static final String CURRENT = VIEW.formatted("g", "g.area_m2, g.perimeter_m", "LEFT", "v.valid_to IS NULL");
    private static final String AT_TIME = VIEW.formatted("v",
            "ST_Area(v.geom::geography), ST_Perimeter(v.geom::geography)", "",
            "v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)");

    @PersistenceContext(unitName = "gridpatrol")
    private EntityManager em;

    @Resource
    private SessionContext transaction;

    @Inject
    private AlarmHost alarms;

    @Inject
    private GridScope scope;

    /**
     * @param caller who asks: the grid's org unit must be in his scope
     * @param draft the new grid
     * @return the stored grid with its id, area and the warnings accepted
     */
    public GridView create(Caller caller, GridDraft draft) {
        GridShape shape = shape(caller, draft);
        List<GridFinding> findings = jdbc(db -> GridChecks.beforeSave(db, shape, null));
        refuseOnErrors(findings);
        GridEntity grid = new GridEntity(shape.kind(), shape.name(), shape.code(), shape.orgUnitId(), shape.geometry());
        em.persist(grid);
        em.flush();
        alarms.gridsChanged();
        return saved(grid.id(), findings, draft.warningsAccepted());
    }

    /**
     * @param caller who asks: the grid and its new org unit must be in his scope
     * @param id    the grid to change
     * @param draft its new attributes and geometry, with the version the editor started from
     * @return the stored grid at its new version
     */
    public GridView update(Caller caller, long id, GridDraft draft) {
        scope.requireGrid(caller, id);
        GridEntity grid = live(id);
        if (draft.version() == null) {
            throw ProblemException.badRequest("grid.version-missing",
                    "send the version you edited (" + grid.version() + " is current) so concurrent edits are detected");
        }
        if (draft.version() != grid.version()) {
            throw stale(id, draft.version(), grid.version());
        }
        GridShape shape = shape(caller, draft);
        List<GridFinding> findings = jdbc(db -> GridChecks.beforeSave(db, shape, id));
        refuseOnErrors(findings);
        grid.change(shape.kind(), shape.name(), shape.code(), shape.orgUnitId(), shape.geometry(), draft.reason());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(id, draft.version(), -1);
        }
        alarms.gridsChanged();
        return saved(id, findings, draft.warningsAccepted());
    }

    /**
     * @param caller  who asks: the grid must be in his scope
     * @param id      the grid to retire; its history stays
     * @param version the version the supervisor saw
     * @param reason  why
     * @return the retired grid
     */
    public GridView retire(Caller caller, long id, int version, String reason) {
        scope.requireGrid(caller, id);
        GridEntity grid = live(id);
        if (version != grid.version()) {
            throw stale(id, version, grid.version());
        }
        grid.retire(Instant.now(), reason);
        em.flush();
        alarms.gridsChanged();
        return read(id);
    }

    /**
     * @param caller who asks: the grid replaced and the draft's org unit must be in his scope
     * @param draft a grid to check without saving
     * @param id    the grid it would replace, or null for a new one
     * @return the errors and warnings a save would give
     */
    public GridCheck check(Caller caller, GridDraft draft, Long id) {
        if (id != null) {
            scope.requireGrid(caller, id);
        }
        GridShape shape = shape(caller, draft);
        List<GridFinding> findings = new ArrayList<>(jdbc(db -> GridChecks.beforeSave(db, shape, id)));
        if (findings.stream().noneMatch(GridFinding::blocking)) {
            // store it for real, check against the stored rows, then roll back
            GridEntity grid;
            if (id == null) {
                grid = new GridEntity(shape.kind(), shape.name(), shape.code(), shape.orgUnitId(), shape.geometry());
                em.persist(grid);
            } else {
                grid = live(id);
                grid.change(shape.kind(), shape.name(), shape.code(), shape.orgUnitId(), shape.geometry(), null);
            }
            em.flush();
            findings.addAll(jdbc(db -> GridChecks.afterSave(db, List.of(grid.id()))));
        }
        transaction.setRollbackOnly();
        return GridCheck.of(findings);
    }

    /**
     * @param caller who asks: the grid must be in his scope
     * @param id the grid
     * @param at a moment in the past, or null for now
     * @return the grid with the geometry in force at that moment
     */
    public GridView get(Caller caller, long id, Instant at) {
        scope.requireGrid(caller, id);
        GridView view = at == null ? read(id) : jdbc(db -> {
            try (PreparedStatement query = db.prepareStatement(AT_TIME)) {
                query.setTimestamp(1, Timestamp.from(at));
                query.setTimestamp(2, Timestamp.from(at));
                query.setLong(3, id);
                return one(query);
            }
        });
        if (view == null) {
            throw at == null ? unknown(id) : ProblemException.notFound("grid.not-at-time",
                    "grid " + id + " had no geometry in force at " + at);
        }
        return view;
    }

    /**
     * @param caller who asks: the grid must be in his scope
     * @param id the grid
     * @return every geometry the grid has had, oldest first
     */
    public List<GridView> versions(Caller caller, long id) {
        scope.requireGrid(caller, id);
        read(id);
        return jdbc(db -> {
            try (PreparedStatement query = db.prepareStatement(
                    AT_TIME.replace("v.valid_from <= ? AND (v.valid_to IS NULL OR v.valid_to > ?)", "true")
                            + " ORDER BY v.version")) {
                query.setLong(1, id);
                List<GridView> all = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        all.add(view(row));
                    }
                }
                return all;
            }
        });
    }

    private GridView saved(long id, List<GridFinding> before, boolean warningsAccepted) {
        List<GridFinding> findings = new ArrayList<>(before);
        findings.addAll(jdbc(db -> GridChecks.afterSave(db, List.of(id))));
        refuseOnErrors(findings);
        GridCheck check = GridCheck.of(findings);
        if (!check.warnings().isEmpty() && !warningsAccepted) {
            throw new ProblemException(Problem.of(422, "grid.warnings-not-accepted", "Warnings not accepted",
                    "the grid has " + check.warnings().size() + " warning(s); look at them and save again with"
                            + " acceptWarnings=true to keep it as it is").with("check", check));
        }
        return read(id).withWarnings(check.warnings());
    }

    static void refuseOnErrors(List<GridFinding> findings) {
        GridCheck check = GridCheck.of(findings);
        if (!check.passes()) {
            List<Problem.FieldError> errors = check.errors().stream()
                    .map(f -> new Problem.FieldError(f.feature() == null ? null : "/features/" + f.feature(),
                            f.code(), f.message()))
                    .toList();
            throw new ProblemException(Problem.of(422, "grid.rules-broken", "The grid breaks the rules",
                    check.errors().get(0).message() + (check.errors().size() > 1
                            ? " (and " + (check.errors().size() - 1) + " more)" : ""))
                    .withErrors(errors).with("check", check));
        }
    }

    private GridShape shape(Caller caller, GridDraft draft) {
        GridShape shape = shape(draft);
        if (!scope.mayOwn(caller, shape.orgUnitId())) {
            refuseOnErrors(List.of(GridChecks.error("grid.org-unit-unknown",
                    "org unit " + shape.orgUnitId() + " does not exist or is inactive")));
        }
        return shape;
    }

    static GridShape shape(GridDraft draft) {
        if (draft == null) {
            throw ProblemException.badRequest("grid.body-missing", "send the grid as a JSON object");
        }
        if (draft.geometry() == null) {
            throw ProblemException.unprocessable("grid.geometry-missing", "the grid needs a geometry", null);
        }
        return new GridShape(draft.kind(), draft.name(), draft.code(), draft.orgUnitId(),
                GEOJSON.readPolygonal(draft.geometry()));
    }

    private GridEntity live(long id) {
        GridEntity grid = em.find(GridEntity.class, id);
        if (grid == null) {
            throw unknown(id);
        }
        if (grid.retiredAt() != null) {
            throw ProblemException.conflict("grid.retired", "grid " + id + " was retired at " + grid.retiredAt());
        }
        return grid;
    }

    private GridView read(long id) {
        GridView view = jdbc(db -> {
            try (PreparedStatement query = db.prepareStatement(CURRENT)) {
                query.setLong(1, id);
                return one(query);
            }
        });
        if (view == null) {
            throw unknown(id);
        }
        return view;
    }

    private static GridView one(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? view(row) : null;
        }
    }

    static GridView view(ResultSet row) throws SQLException {
        String code = row.getString(4);
        return new GridView(row.getLong(1), row.getString(2), row.getString(3), code == null ? null : code.strip(),
                row.getLong(5), GridChecks.json(row.getString(6)), row.getDouble(7), row.getDouble(8), row.getInt(9),
                instant(row.getTimestamp(10)), instant(row.getTimestamp(11)), instant(row.getTimestamp(12)), null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static ProblemException unknown(long id) {
        return ProblemException.notFound("grid.unknown", "there is no grid " + id);
    }

    private static ProblemException stale(long id, int sent, int current) {
        return ProblemException.conflict("grid.stale-version", "grid " + id + " was changed by someone else since you"
                + " read version " + sent + (current >= 0 ? " (now at " + current + ")" : "")
                + ": reload it and apply your edit again");
    }

    /** Work on the JDBC connection of the current transaction, which sees what JPA flushed. */
    <T> T jdbc(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::on);
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection db) throws SQLException;
    }
}

package org.gridpatrol.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.plan.Checkpoint;
import org.gridpatrol.model.plan.CheckpointDraft;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Checkpoints (巡检点): a point with a radius and maybe an NFC/QR tag, in a grid of the caller's
 * scope. A checkpoint that an active plan names cannot be deleted; deleting one keeps its row for
 * the visits that name it and frees its tag.
 */
@Stateless
public class CheckpointService {
    private static final String COLUMNS = "c.id, c.grid_id, c.name, ST_AsGeoJSON(c.geom, 7), c.radius_m, c.tag_code,"
            + " c.active, c.updated_at";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @jakarta.inject.Inject
    private PlanWatch watch;

    /**
     * @param gridId    only this grid's checkpoints, or null
     * @param orgUnitId only those of this org unit's subtree, or null for the caller's whole scope
     * @return the active checkpoints, by id
     */
    public List<Checkpoint> list(Caller caller, Long gridId, Long orgUnitId) {
        try (Connection db = dataSource.getConnection()) {
            String prefix = caller.pathPrefix();
            if (orgUnitId != null) {
                prefix = PlanScope.orgUnit(db, caller, orgUnitId);
                if (prefix == null) {
                    throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + orgUnitId);
                }
            }
            if (gridId != null && PlanScope.grid(db, caller, gridId) == null) {
                throw ProblemException.notFound("grid.unknown", "there is no grid " + gridId);
            }
            List<Checkpoint> found = new ArrayList<>();
            try (PreparedStatement query = Bind.statement(db, "SELECT " + COLUMNS + " FROM checkpoint c"
                    + " JOIN grid g ON g.id = c.grid_id JOIN org_unit u ON u.id = g.org_unit_id"
                    + " WHERE c.active AND u.path LIKE ? || '%' AND (?::bigint IS NULL OR c.grid_id = ?) ORDER BY c.id",
                    prefix, gridId, gridId); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(read(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list checkpoints", e);
        }
    }

    /** @throws ProblemException 404 {@code checkpoint.unknown} when absent or out of scope */
    public Checkpoint get(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            return get(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read checkpoint " + id, e);
        }
    }

    public Checkpoint create(Caller caller, CheckpointDraft draft) {
        try (Connection db = dataSource.getConnection()) {
            CheckpointChecks.Checked ok = CheckpointChecks.check(db, caller, draft, null);
            try (PreparedStatement insert = Bind.statement(db, "INSERT INTO checkpoint (grid_id, name, geom, radius_m, tag_code)"
                    + " VALUES (?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, ?) RETURNING id",
                    ok.gridId(), ok.name(), ok.lon(), ok.lat(), ok.radiusM(), ok.tagCode()); ResultSet row = insert.executeQuery()) {
                row.next();
                return get(db, caller, row.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a checkpoint", e);
        }
    }

    public Checkpoint update(Caller caller, long id, CheckpointDraft draft) {
        try (Connection db = dataSource.getConnection()) {
            if (!get(db, caller, id).active()) {
                throw unknown(id);
            }
            CheckpointChecks.Checked ok = CheckpointChecks.check(db, caller, draft, id);
            try (PreparedStatement update = Bind.statement(db, "UPDATE checkpoint SET grid_id = ?, name = ?,"
                    + " geom = ST_SetSRID(ST_MakePoint(?, ?), 4326), radius_m = ?, tag_code = ? WHERE id = ?",
                    ok.gridId(), ok.name(), ok.lon(), ok.lat(), ok.radiusM(), ok.tagCode(), id)) {
                update.executeUpdate();
            }
            watch.plansChanged(); // plans keep their checkpoints' places in memory
            return get(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change checkpoint " + id, e);
        }
    }

    /** @throws ProblemException 409 {@code checkpoint.in-use} while an active plan names it */
    public void delete(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            if (!get(db, caller, id).active()) {
                throw unknown(id);
            }
            try (PreparedStatement used = Bind.statement(db, "SELECT string_agg(DISTINCT p.name, ', ') FROM patrol_plan_checkpoint s"
                    + " JOIN patrol_plan p ON p.id = s.plan_id AND p.active WHERE s.checkpoint_id = ?", id);
                 ResultSet row = used.executeQuery()) {
                if (row.next() && row.getString(1) != null) {
                    throw ProblemException.conflict("checkpoint.in-use", "the checkpoint is part of the plan(s) "
                            + row.getString(1) + "; take it out of them first");
                }
            }
            try (PreparedStatement retire = Bind.statement(db, "UPDATE checkpoint SET active = false, tag_code = NULL WHERE id = ?", id)) {
                retire.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete checkpoint " + id, e);
        }
    }

    private static Checkpoint get(Connection db, Caller caller, long id) throws SQLException {
        if (PlanScope.checkpoint(db, caller, id) == null) {
            throw unknown(id);
        }
        try (PreparedStatement query = Bind.statement(db, "SELECT " + COLUMNS + " FROM checkpoint c WHERE c.id = ?", id);
             ResultSet row = query.executeQuery()) {
            row.next();
            return read(row);
        }
    }

    private static Checkpoint read(ResultSet row) throws SQLException {
        JsonNode point = CheckpointChecks.json(row.getString(4));
        return new Checkpoint(row.getLong(1), row.getLong(2), row.getString(3), point, row.getDouble(5), row.getString(6),
                row.getBoolean(7), Bind.instant(row.getTimestamp(8)));
    }

    static ProblemException unknown(long id) {
        return ProblemException.notFound("checkpoint.unknown", "there is no checkpoint " + id);
    }
}

package org.gridpatrol.server.plan;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.plan.Plan;
import org.gridpatrol.model.plan.PlanDraft;
import org.gridpatrol.model.plan.PlanVisit;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Patrol plans (巡检计划): create, read, change (with the version read), delete (the row stays for
 * its visits and alarms, inactive). Plans are in scope where their officer's squad or their squad
 * is. Every change reaches the visit watch once it commits.
 */
@Stateless
public class PlanService {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private PlanWatch watch;

    /**
     * @param officerId only plans of this officer (his own and his squad's), or null
     * @param squadId   only plans of this squad, or null
     * @return the active plans in scope, by id
     */
    public List<Plan> list(Caller caller, Long officerId, Long squadId) {
        try (Connection db = dataSource.getConnection()) {
            if (officerId != null && PlanScope.officer(db, caller, officerId) == null) {
                throw ProblemException.notFound("officer.not-found", "there is no officer " + officerId);
            }
            if (squadId != null && PlanScope.orgUnit(db, caller, squadId) == null) {
                throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + squadId);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = Bind.statement(db, """
                    SELECT p.id FROM patrol_plan p LEFT JOIN officer o ON o.id = p.officer_id
                      JOIN org_unit u ON u.id = coalesce(p.squad_id, o.squad_id)
                     WHERE p.active AND u.path LIKE ? || '%'
                       AND (?::bigint IS NULL OR p.officer_id = ? OR p.squad_id = (SELECT squad_id FROM officer WHERE id = ?))
                       AND (?::bigint IS NULL OR p.squad_id = ?)
                     ORDER BY p.id""", caller.pathPrefix(), officerId, officerId, officerId, squadId, squadId);
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            List<Plan> plans = new ArrayList<>();
            for (long id : ids) {
                plans.add(PlanRows.read(db, id));
            }
            return plans;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list plans", e);
        }
    }

    /** @throws ProblemException 404 {@code plan.unknown} */
    public Plan get(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            return visible(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read plan " + id, e);
        }
    }

    public Plan create(Caller caller, PlanDraft draft) {
        try (Connection db = dataSource.getConnection()) {
            PlanChecks.Checked ok = PlanChecks.check(db, caller, draft);
            long id = PlanRows.insert(db, draft, ok, caller.userId());
            watch.plansChanged();
            return PlanRows.read(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a plan", e);
        }
    }

    /** @throws ProblemException 409 {@code plan.stale-version} when the plan changed since it was read */
    public Plan update(Caller caller, long id, PlanDraft draft) {
        try (Connection db = dataSource.getConnection()) {
            Plan current = visible(db, caller, id);
            if (!current.active()) {
                throw unknown(id);
            }
            PlanChecks.Checked ok = PlanChecks.check(db, caller, draft);
            if (draft.version() == null || draft.version() != current.version() || !PlanRows.update(db, id, draft, ok)) {
                throw ProblemException.conflict("plan.stale-version", "the plan is at version " + current.version()
                        + "; read it again and send that version");
            }
            watch.plansChanged();
            return PlanRows.read(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change plan " + id, e);
        }
    }

    public void delete(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            if (!visible(db, caller, id).active()) {
                throw unknown(id);
            }
            try (PreparedStatement retire = Bind.statement(db,
                    "UPDATE patrol_plan SET active = false, version = version + 1 WHERE id = ?", id)) {
                retire.executeUpdate();
            }
            watch.plansChanged();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete plan " + id, e);
        }
    }

    /** @return the visits judged for the plan over [from, to), oldest first, at most 10,000 */
    public List<PlanVisit> visits(Caller caller, long id, Instant from, Instant to) {
        try (Connection db = dataSource.getConnection()) {
            visible(db, caller, id);
            List<PlanVisit> visits = new ArrayList<>();
            try (PreparedStatement query = Bind.statement(db, """
                    SELECT id, checkpoint_id, officer_id, at, source, counted, reason FROM checkpoint_visit
                     WHERE plan_id = ? AND at >= ? AND at < ? ORDER BY at, id LIMIT 10000""",
                    id, from == null ? Instant.EPOCH : from, to == null ? Instant.parse("9999-01-01T00:00:00Z") : to);
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    visits.add(new PlanVisit(row.getLong(1), row.getLong(2), row.getLong(3), Bind.instant(row.getTimestamp(4)),
                            row.getString(5), row.getBoolean(6), row.getString(7)));
                }
            }
            return visits;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the visits of plan " + id, e);
        }
    }

    static Plan visible(Connection db, Caller caller, long id) throws SQLException {
        if (PlanScope.plan(db, caller, id) == null) {
            throw unknown(id);
        }
        return PlanRows.read(db, id);
    }

    private static ProblemException unknown(long id) {
        return ProblemException.notFound("plan.unknown", "there is no plan " + id);
    }
}

package org.gridpatrol.server.route;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.plan.Plan;
import org.gridpatrol.model.plan.PlanStop;
import org.gridpatrol.model.plan.Route;
import org.gridpatrol.model.plan.RouteRequest;
import org.gridpatrol.server.plan.PlanService;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Suggests a walk through checkpoints: the plan's order when it forces one, else the shortest open
 * path found by nearest neighbour and 2-opt; over the streets (pgRouting) when a network is loaded
 * and reaches every checkpoint, in straight lines otherwise, and the answer says which and why.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RoutePlanner {
    static final int MAX_CHECKPOINTS = 100;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @jakarta.inject.Inject
    private PlanService plans;

    /** @return the route of a plan's checkpoints (each once, in ordinal order when the order is forced) */
    public Route forPlan(Caller caller, long planId) {
        Plan plan = plans.get(caller, planId);
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(plan.checkpoints().stream().map(PlanStop::checkpointId).toList()));
        return route(caller, planId, ids, plan.forcedOrder());
    }

    /** @return the route through checkpoints given by id */
    public Route forCheckpoints(Caller caller, RouteRequest request) {
        if (request == null || request.checkpointIds() == null || request.checkpointIds().size() < 2
                || request.checkpointIds().size() > MAX_CHECKPOINTS) {
            throw ProblemException.unprocessable("route.checkpoints", "send 2 to " + MAX_CHECKPOINTS + " checkpointIds", null);
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(request.checkpointIds()));
        return route(caller, null, ids, Boolean.TRUE.equals(request.keepOrder()));
    }

    private Route route(Caller caller, Long planId, List<Long> ids, boolean keepOrder) {
        try (Connection db = dataSource.getConnection()) {
            double[][] points = new double[ids.size()][];
            for (int i = 0; i < ids.size(); i++) {
                points[i] = position(db, caller, ids.get(i));
            }
            return new RouteWalk(db, planId, ids, points, keepOrder).plan();
        } catch (SQLException e) {
            throw new IllegalStateException("could not plan a route", e);
        }
    }

    private static double[] position(Connection db, Caller caller, long checkpointId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT ST_X(c.geom), ST_Y(c.geom), u.path FROM checkpoint c JOIN grid g ON g.id = c.grid_id
                  JOIN org_unit u ON u.id = g.org_unit_id WHERE c.id = ? AND c.active""")) {
            query.setLong(1, checkpointId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(3))) {
                    throw ProblemException.unprocessable("route.checkpoint-unknown", "there is no checkpoint " + checkpointId, null);
                }
                return new double[] {row.getDouble(1), row.getDouble(2)};
            }
        }
    }
}

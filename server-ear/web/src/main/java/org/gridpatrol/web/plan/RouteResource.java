package org.gridpatrol.web.plan;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.plan.Route;
import org.gridpatrol.model.plan.RouteRequest;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.route.RoutePlanner;
import org.gridpatrol.web.audit.NotAudited;
import org.gridpatrol.web.scope.CallerScope;

/** {@code POST /api/v1/routes}: a suggested walk through checkpoints named by id, while a plan is drafted. */
@Path("/routes")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {
    @Inject
    private RoutePlanner routes;
    @Inject
    private CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLAN_READ)
    @NotAudited("computes an answer and changes nothing")
    public Route route(RouteRequest request) {
        return routes.forCheckpoints(caller.current(), request);
    }
}

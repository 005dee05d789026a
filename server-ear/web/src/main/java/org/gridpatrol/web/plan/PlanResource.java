package org.gridpatrol.web.plan;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.plan.Plan;
import org.gridpatrol.model.plan.PlanDraft;
import org.gridpatrol.model.plan.PlanVisit;
import org.gridpatrol.model.plan.Route;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.plan.PlanService;
import org.gridpatrol.server.route.RoutePlanner;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/plans}: patrol plans (巡检计划), their judged visits and a suggested route. */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("patrol_plan")
public class PlanResource {
    @Inject
    private PlanService plans;
    @Inject
    private RoutePlanner routes;
    @Inject
    private CallerScope caller;
    @Context
    private UriInfo uri;

    /** {@code ?officerId=&squadId=}: active plans in scope; an officer's own and his squad's. */
    @GET
    @RequiresPermissions(Permissions.PLAN_READ)
    public List<Plan> list(@QueryParam("officerId") String officerId, @QueryParam("squadId") String squadId) {
        return plans.list(caller.current(), QueryParams.id("officerId", officerId), QueryParams.id("squadId", squadId));
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.PLAN_READ)
    public Plan get(@PathParam("id") long id) {
        return plans.get(caller.current(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLAN_WRITE)
    public Response create(PlanDraft draft) {
        Plan created = plans.create(caller.current(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLAN_WRITE)
    public Plan update(@PathParam("id") long id, PlanDraft draft) {
        return plans.update(caller.current(), id, draft);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermissions(Permissions.PLAN_WRITE)
    public Response delete(@PathParam("id") long id) {
        plans.delete(caller.current(), id);
        return Response.noContent().build();
    }

    /** {@code ?from=&to=}: the visits judged for the plan, with whether each counted and why not. */
    @GET
    @Path("/{id}/visits")
    @RequiresPermissions(Permissions.PLAN_READ)
    public List<PlanVisit> visits(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return plans.visits(caller.current(), id, from == null ? null : QueryParams.instant("from", from),
                to == null ? null : QueryParams.instant("to", to));
    }

    /** The order to walk the plan's checkpoints in and the path, over the streets when they are loaded. */
    @GET
    @Path("/{id}/route")
    @RequiresPermissions(Permissions.PLAN_READ)
    public Route route(@PathParam("id") long id) {
        return routes.forPlan(caller.current(), id);
    }
}

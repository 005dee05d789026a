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
import org.gridpatrol.model.plan.Checkpoint;
import org.gridpatrol.model.plan.CheckpointDraft;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.plan.CheckpointService;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/checkpoints}: checkpoints (巡检点) of the caller's grids, each with a GeoJSON point. */
@Path("/checkpoints")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("checkpoint")
public class CheckpointResource {
    @Inject
    private CheckpointService checkpoints;
    @Inject
    private CallerScope caller;
    @Context
    private UriInfo uri;

    /**
     * {@code ?gridId=&orgUnit=&format=}: the active checkpoints of a grid, of an org unit's subtree, or of the whole
     * scope; a JSON array, or with {@code format=geojson} a FeatureCollection ({@code application/geo+json}).
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/geo+json"})
    @RequiresPermissions(Permissions.PLAN_READ)
    public Response list(@QueryParam("gridId") String gridId, @QueryParam("orgUnit") String orgUnit,
                         @QueryParam("format") String format) {
        if (format != null && !format.equals("geojson") && !format.equals("json")) {
            throw ProblemException.badRequest("checkpoint.format", "format is json (the default) or geojson");
        }
        List<Checkpoint> found = checkpoints.list(caller.current(), QueryParams.id("gridId", gridId),
                QueryParams.id("orgUnit", orgUnit));
        return "geojson".equals(format)
                ? Response.ok(CheckpointFeatures.of(found).toString(), "application/geo+json").build()
                : Response.ok(found, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.PLAN_READ)
    public Checkpoint get(@PathParam("id") long id) {
        return checkpoints.get(caller.current(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLAN_WRITE)
    public Response create(CheckpointDraft draft) {
        Checkpoint created = checkpoints.create(caller.current(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.PLAN_WRITE)
    public Checkpoint update(@PathParam("id") long id, CheckpointDraft draft) {
        return checkpoints.update(caller.current(), id, draft);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermissions(Permissions.PLAN_WRITE)
    public Response delete(@PathParam("id") long id) {
        checkpoints.delete(caller.current(), id);
        return Response.noContent().build();
    }
}

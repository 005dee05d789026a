package org.gridpatrol.web.assignment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.gridpatrol.model.assignment.Assignment;
import org.gridpatrol.model.assignment.AssignmentEnd;
import org.gridpatrol.model.assignment.NewAssignment;
import org.gridpatrol.server.assignment.AssignmentService;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/assignments}: officers and squads made responsible for grids. */
@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("assignment")
public class AssignmentResource {
    @Inject
    private AssignmentService assignments;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ASSIGNMENT_WRITE)
    public Response create(NewAssignment request) {
        Assignment assignment = assignments.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(assignment.id())).build())
                .entity(assignment).build();
    }

    /** {@code ?gridId=&officerId=&squadId=&at=}: at least one of the ids; {@code at} keeps those valid then. */
    @GET
    @RequiresPermissions(Permissions.ASSIGNMENT_READ)
    public List<Assignment> list(@QueryParam("gridId") String gridId, @QueryParam("officerId") String officerId,
                                 @QueryParam("squadId") String squadId, @QueryParam("at") String at) {
        return assignments.list(caller.current(), QueryParams.id("gridId", gridId),
                QueryParams.id("officerId", officerId), QueryParams.id("squadId", squadId),
                QueryParams.instant("at", at));
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.ASSIGNMENT_READ)
    public Assignment get(@PathParam("id") long id) {
        return assignments.get(caller.current(), id);
    }

    /** Body {@code {"at": ...}} or none: ends the assignment then, or now. */
    @POST
    @Path("/{id}/end")
    @RequiresPermissions(Permissions.ASSIGNMENT_WRITE)
    public Assignment end(@PathParam("id") long id, AssignmentEnd request) {
        return assignments.end(caller.current(), id, request);
    }
}

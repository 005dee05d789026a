package org.gridpatrol.web.shift;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gridpatrol.model.shift.NewShift;
import org.gridpatrol.model.shift.Shift;
import org.gridpatrol.model.shift.ShiftUpdate;
import org.gridpatrol.server.shift.ShiftService;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/shifts}: shifts and their weekly windows. */
@Path("/shifts")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("shift")
public class ShiftResource {
    @Inject
    private ShiftService shifts;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SHIFT_WRITE)
    public Response create(NewShift request) {
        Shift shift = shifts.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(shift.id())).build())
                .entity(shift).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.SHIFT_READ)
    public Shift get(@PathParam("id") long id) {
        return shifts.get(caller.current(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SHIFT_WRITE)
    public Shift update(@PathParam("id") long id, ShiftUpdate request) {
        return shifts.update(caller.current(), id, request);
    }

    @POST
    @Path("/{id}/deactivate")
    @RequiresPermissions(Permissions.SHIFT_WRITE)
    public Shift deactivate(@PathParam("id") long id) {
        return shifts.deactivate(caller.current(), id);
    }
}

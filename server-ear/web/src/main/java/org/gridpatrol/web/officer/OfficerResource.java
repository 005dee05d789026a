package org.gridpatrol.web.officer;

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
import java.util.List;
import org.gridpatrol.model.officer.NewOfficer;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.officer.OfficerTransfer;
import org.gridpatrol.model.officer.OfficerUpdate;
import org.gridpatrol.model.officer.SquadPeriod;
import org.gridpatrol.server.officer.OfficerService;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/officers}: patrol officers. */
@Path("/officers")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("officer")
public class OfficerResource {
    @Inject
    private OfficerService officers;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OFFICER_WRITE)
    public Response create(NewOfficer request) {
        Officer officer = officers.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(officer.id())).build())
                .entity(officer).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.OFFICER_READ)
    public Officer get(@PathParam("id") long id) {
        return officers.get(caller.current(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OFFICER_WRITE)
    public Officer update(@PathParam("id") long id, OfficerUpdate request) {
        return officers.update(caller.current(), id, request);
    }

    @POST
    @Path("/{id}/deactivate")
    @RequiresPermissions(Permissions.OFFICER_WRITE)
    public Officer deactivate(@PathParam("id") long id) {
        return officers.deactivate(caller.current(), id);
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.OFFICER_WRITE)
    public Officer transfer(@PathParam("id") long id, OfficerTransfer request) {
        return officers.transfer(caller.current(), id, request);
    }

    @GET
    @Path("/{id}/squad-history")
    @RequiresPermissions(Permissions.OFFICER_READ)
    public List<SquadPeriod> squadHistory(@PathParam("id") long id) {
        return officers.squadHistory(caller.current(), id);
    }
}

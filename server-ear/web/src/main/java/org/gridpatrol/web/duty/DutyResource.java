package org.gridpatrol.web.duty;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridpatrol.model.duty.GridDuty;
import org.gridpatrol.model.duty.OfficerDuty;
import org.gridpatrol.server.duty.DutyService;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;

/** {@code /api/v1/duty}: who is on duty where at an instant ({@code ?at=} ISO-8601 with offset; now when absent). */
@Path("/duty")
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {
    @Inject
    private DutyService duty;

    @Inject
    private CallerScope caller;

    @GET
    @Path("/grids/{gridId}/on-duty")
    @RequiresPermissions(Permissions.DUTY_READ)
    public GridDuty onDuty(@PathParam("gridId") long gridId, @QueryParam("at") String at) {
        return duty.onDutyInGrid(caller.current(), gridId, QueryParams.instantOrNow("at", at));
    }

    @GET
    @Path("/officers/{officerId}/grids")
    @RequiresPermissions(Permissions.DUTY_READ)
    public OfficerDuty grids(@PathParam("officerId") long officerId, @QueryParam("at") String at) {
        return duty.gridsOfOfficer(caller.current(), officerId, QueryParams.instantOrNow("at", at));
    }
}

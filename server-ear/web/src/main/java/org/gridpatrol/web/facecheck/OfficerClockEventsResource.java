package org.gridpatrol.web.facecheck;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.mobile.ClockRecord;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.facecheck.ClockRecords;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code GET /api/v1/officers/{id}/clock-events?from=&to=}: his clock-ins and -outs with selfie and face check. */
@Path("/officers/{id}/clock-events")
public class OfficerClockEventsResource {
    @Inject
    private ClockRecords records;
    @Inject
    private CallerScope caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.DUTY_READ)
    public List<ClockRecord> list(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return records.of(caller.current(), id, QueryParams.instant("from", from), QueryParams.instant("to", to));
    }
}

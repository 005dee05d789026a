package org.gridpatrol.web.shift;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridpatrol.model.shift.Shift;
import org.gridpatrol.server.shift.ShiftService;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;

/** {@code GET /api/v1/org-units/{id}/shifts?includeInactive=}: the shifts a unit may use (its own and inherited). */
@Path("/org-units/{orgUnitId}/shifts")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitShiftsResource {
    @Inject
    private ShiftService shifts;

    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.SHIFT_READ)
    public List<Shift> list(@PathParam("orgUnitId") long orgUnitId, @QueryParam("includeInactive") String includeInactive) {
        return shifts.available(caller.current(), orgUnitId, QueryParams.flag("includeInactive", includeInactive, false));
    }
}

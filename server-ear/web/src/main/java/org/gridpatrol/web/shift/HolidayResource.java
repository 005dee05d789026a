package org.gridpatrol.web.shift;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.gridpatrol.model.shift.Holiday;
import org.gridpatrol.model.shift.NewHoliday;
import org.gridpatrol.server.shift.HolidayService;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/holidays}: the holiday calendar, global or per org unit. */
@Path("/holidays")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("holiday")
public class HolidayResource {
    @Inject
    private HolidayService holidays;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.HOLIDAY_WRITE)
    public Response create(NewHoliday request) {
        Holiday holiday = holidays.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(holiday.id())).build())
                .entity(holiday).build();
    }

    /** {@code ?orgUnitId=&from=&to=}: the days that apply to a unit (global ones only without orgUnitId). */
    @GET
    @RequiresPermissions(Permissions.HOLIDAY_READ)
    public List<Holiday> list(@QueryParam("orgUnitId") String orgUnitId, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        return holidays.list(caller.current(), QueryParams.id("orgUnitId", orgUnitId),
                QueryParams.day("from", from), QueryParams.day("to", to));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermissions(Permissions.HOLIDAY_WRITE)
    public Response delete(@PathParam("id") long id) {
        holidays.delete(caller.current(), id);
        return Response.noContent().build();
    }
}

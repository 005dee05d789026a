package org.gridpatrol.web.attendance;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.attendance.Attendance;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.attendance.AttendanceRecord;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/officers/{id}/attendance?from=&to=}: clock events and attendance alarms (default: the last 7 days). */
@Path("/officers/{officerId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {
    @Inject
    private AttendanceRecord attendance;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.OFFICER_READ)
    public Attendance of(@PathParam("officerId") long officerId, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        Instant end = to == null ? Instant.now() : QueryParams.instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : QueryParams.instant("from", from);
        return attendance.of(caller.current(), officerId, start, end);
    }
}

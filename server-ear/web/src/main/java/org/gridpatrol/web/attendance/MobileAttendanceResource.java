package org.gridpatrol.web.attendance;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** {@code /api/v1/mobile/attendance?from=&to=}: the signed-in officer's own attendance (我的考勤), default the last 7 days. */
@Path("/mobile/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class MobileAttendanceResource {
    @Inject
    private AttendanceRecord attendance;
    @Inject
    private CallerScope callers;

    @GET
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public Attendance own(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = to == null ? Instant.now() : QueryParams.instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : QueryParams.instant("from", from);
        return attendance.own(callers.identity().device().officerId(), start, end);
    }
}

package org.gridpatrol.web.alarm;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.server.alarm.AlarmQuery;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/alarms}: alarms in the caller's scope, and their counts by type. */
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("alarm")
public class AlarmResource {
    @Inject
    private AlarmQuery alarms;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.ALARM_READ)
    public List<AlarmView> find(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("officer") String officer, @QueryParam("grid") String grid,
                                @QueryParam("type") String type, @QueryParam("state") String state,
                                @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return alarms.find(caller.current(), filter(from, to, officer, grid, type, state),
                QueryParams.integer("offset", offset, 0), QueryParams.integer("limit", limit, 100));
    }

    @GET
    @Path("counts")
    @RequiresPermissions(Permissions.ALARM_READ)
    public Map<String, Long> counts(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("officer") String officer, @QueryParam("grid") String grid,
                                    @QueryParam("state") String state) {
        return alarms.countByType(caller.current(), filter(from, to, officer, grid, null, state));
    }

    private static AlarmQuery.Filter filter(String from, String to, String officer, String grid, String type, String state) {
        return new AlarmQuery.Filter(QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.id("officer", officer), QueryParams.id("grid", grid), type, state);
    }
}

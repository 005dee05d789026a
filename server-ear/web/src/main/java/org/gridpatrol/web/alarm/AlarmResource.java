package org.gridpatrol.web.alarm;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.alarm.AlarmAcknowledgement;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmDisposal;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.server.alarm.AlarmDetails;
import org.gridpatrol.server.alarm.AlarmHandling;
import org.gridpatrol.server.alarm.AlarmQuery;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/**
 * {@code /api/v1/alarms}: alarms in the caller's scope, their counts by type, one alarm with its
 * evidence and handling, and the supervisor's steps on it (acknowledge, handle).
 */
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("alarm")
public class AlarmResource {
    @Inject
    private AlarmQuery alarms;
    @Inject
    private AlarmDetails details;
    @Inject
    private AlarmHandling handling;
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

    @GET
    @Path("{id}")
    @RequiresPermissions(Permissions.ALARM_READ)
    public AlarmDetail detail(@PathParam("id") long id) {
        return details.find(caller.current(), id);
    }

    /** OPEN ▸ ACKNOWLEDGED: {@code {"version": 0, "note": "..."}}. */
    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ALARM_HANDLE)
    public AlarmDetail acknowledge(@PathParam("id") long id, AlarmAcknowledgement step) {
        return handling.acknowledge(caller.current(), id, step);
    }

    /** OPEN or ACKNOWLEDGED ▸ HANDLED: {@code {"version": 1, "disposition": "CONFIRMED", "note": "..."}}. */
    @POST
    @Path("{id}/handle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ALARM_HANDLE)
    public AlarmDetail handle(@PathParam("id") long id, AlarmDisposal step) {
        return handling.handle(caller.current(), id, step);
    }

    private static AlarmQuery.Filter filter(String from, String to, String officer, String grid, String type, String state) {
        return new AlarmQuery.Filter(QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.id("officer", officer), QueryParams.id("grid", grid), type, state);
    }
}

package org.gridpatrol.web.alarmrule;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.alarm.AlarmRuleSet;
import org.gridpatrol.model.alarm.EffectiveAlarmRules;
import org.gridpatrol.model.alarm.NewAlarmRuleSet;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.alarmrule.AlarmRuleService;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/alarm-rules}: alarm thresholds per org unit and grid, over time. */
@Path("/alarm-rules")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("alarm_rule_set")
public class AlarmRuleResource {
    @Inject
    private AlarmRuleService rules;

    @Inject
    private CallerScope caller;

    /** {@code ?orgUnit=&grid=}: the sets in the caller's scope, by time. */
    @GET
    @RequiresPermissions(Permissions.ALARM_RULE_READ)
    public List<AlarmRuleSet> list(@QueryParam("orgUnit") String orgUnit, @QueryParam("grid") String grid) {
        return rules.list(caller.current(), QueryParams.id("orgUnit", orgUnit), QueryParams.id("grid", grid));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ALARM_RULE_WRITE)
    public Response create(NewAlarmRuleSet request) {
        AlarmRuleSet set = rules.create(caller.current(), request);
        return Response.status(Response.Status.CREATED).entity(set).build();
    }

    /** {@code ?orgUnit=&grid=&at=}: every threshold in force there at that time (now when absent). */
    @GET
    @Path("/effective")
    @RequiresPermissions(Permissions.ALARM_RULE_READ)
    public EffectiveAlarmRules effective(@QueryParam("orgUnit") String orgUnit, @QueryParam("grid") String grid,
                                         @QueryParam("at") String at) {
        return rules.effective(caller.current(), QueryParams.id("orgUnit", orgUnit), QueryParams.id("grid", grid),
                QueryParams.instantOrNow("at", at));
    }
}

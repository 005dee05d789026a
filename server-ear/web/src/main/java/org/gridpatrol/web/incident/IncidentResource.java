package org.gridpatrol.web.incident;

import jakarta.inject.Inject;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridpatrol.model.incident.Incident;
import org.gridpatrol.server.incident.Incidents;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/incidents}: cases reported from the field, in the caller's scope, newest first. */
@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {
    @Inject
    private Incidents incidents;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.INCIDENT_READ)
    public List<Incident> list(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("state") String state, @QueryParam("limit") String limit) {
        return incidents.list(caller.current(), QueryParams.instant("from", from), QueryParams.instant("to", to), state,
                QueryParams.integer("limit", limit, 100));
    }
}

package org.gridpatrol.web.strategy;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.model.strategy.StrategyInForce;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.strategy.LocationStrategies;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code /api/v1/org-units/{id}/location-strategy}: the strategy in force for a unit (its own or
 * inherited), and setting its own, which every phone of the subtree without an override gets at once.
 */
@Path("/org-units/{id}/location-strategy")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("org_unit_location_strategy")
public class OrgUnitStrategyResource {
    @Inject
    private LocationStrategies strategies;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.STRATEGY_READ)
    public StrategyInForce get(@PathParam("id") long id) {
        return strategies.ofUnit(caller.current(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.STRATEGY_WRITE)
    public StrategyInForce put(@PathParam("id") long id, LocationStrategy strategy) {
        return strategies.setForUnit(caller.current(), id, strategy);
    }
}

package org.gridpatrol.web.strategy;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * {@code /api/v1/officers/{id}/location-strategy}: the strategy in force for an officer with
 * whether his phone follows it; his own override (PUT), and back to his unit's (DELETE).
 */
@Path("/officers/{id}/location-strategy")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("officer_location_strategy")
public class OfficerStrategyResource {
    @Inject
    private LocationStrategies strategies;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.STRATEGY_READ)
    public StrategyInForce get(@PathParam("id") long id) {
        return strategies.ofOfficer(caller.current(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.STRATEGY_WRITE)
    public StrategyInForce put(@PathParam("id") long id, LocationStrategy strategy) {
        return strategies.setForOfficer(caller.current(), id, strategy);
    }

    /** @return the unit's strategy, now in force for him */
    @DELETE
    @RequiresPermissions(Permissions.STRATEGY_WRITE)
    public StrategyInForce delete(@PathParam("id") long id) {
        return strategies.clearForOfficer(caller.current(), id);
    }
}

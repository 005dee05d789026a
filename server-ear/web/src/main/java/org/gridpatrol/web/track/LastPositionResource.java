package org.gridpatrol.web.track;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.officer.LastPosition;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.track.LastPositions;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code GET /api/v1/officers/positions?since=}: each officer's last known position in the caller's
 * scope (newest fix at or after {@code since}, by default the last 12 hours) — what a desktop shows
 * before the event stream brings new positions.
 */
@Path("/officers/positions")
@Produces(MediaType.APPLICATION_JSON)
public class LastPositionResource {
    private static final Duration DEFAULT_WINDOW = Duration.ofHours(12);

    @Inject
    private LastPositions positions;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.TRACK_READ)
    public List<LastPosition> list(@QueryParam("since") String since) {
        Instant from = QueryParams.instant("since", since);
        return positions.since(caller.current(), from != null ? from : Instant.now().minus(DEFAULT_WINDOW));
    }
}

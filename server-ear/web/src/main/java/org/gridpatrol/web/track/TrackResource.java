package org.gridpatrol.web.track;

import jakarta.inject.Inject;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.server.track.TrackQuery;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code GET /api/v1/tracks/{officerId}?from=&to=&tolerance=}: one officer's track for replay. */
@Path("/tracks")
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {
    @Inject
    private TrackQuery tracks;
    @Inject
    private CallerScope caller;

    @GET
    @Path("{officerId}")
    @RequiresPermissions(Permissions.TRACK_READ)
    public Track track(@PathParam("officerId") long officerId, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("tolerance") @DefaultValue("5") String tolerance) {
        double[] metres = QueryParams.numbers("tolerance", tolerance, 1);
        return tracks.track(caller.current(), officerId, QueryParams.instant("from", from), QueryParams.instant("to", to),
                metres == null ? 5 : metres[0]);
    }
}

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
import org.gridpatrol.server.track.SquadTrackQuery;
import org.gridpatrol.model.track.SquadTracks;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code GET /api/v1/tracks/{officerId}?from=&to=&tolerance=}: one officer's track for replay; {@code ?squad=} a squad's. */
@Path("/tracks")
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {
    @Inject
    private TrackQuery tracks;
    @Inject
    private CallerScope caller;

    @Inject
    private SquadTrackQuery squads;

    /** {@code ?squad=&from=&to=&tolerance=}: every officer of an org unit's subtree who patrolled in the window. */
    @GET
    @RequiresPermissions(Permissions.TRACK_READ)
    public SquadTracks squad(@QueryParam("squad") String squad, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("tolerance") @DefaultValue("5") String tolerance) {
        Long squadId = QueryParams.id("squad", squad);
        if (squadId == null) {
            throw ProblemException.badRequest("track.squad-missing", "send ?squad= (an org unit id), or ask /tracks/{officerId}");
        }
        double[] metres = QueryParams.numbers("tolerance", tolerance, 1);
        return squads.tracks(caller.current(), squadId, QueryParams.instant("from", from), QueryParams.instant("to", to),
                metres == null ? 5 : metres[0]);
    }

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

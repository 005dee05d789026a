package org.gridpatrol.web.coverage;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.coverage.GridCoverage;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.coverage.CoverageQuery;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code GET /api/v1/grids/{id}/coverage?officer=|squad=&from=&to=&buffer=&compare=}: how much of a grid a patrol came
 * near; with {@code compare=true} also in the window of the same length just before.
 */
@Path("/grids/{id}/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class GridCoverageResource {
    @Inject
    private CoverageQuery coverage;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.REPORT_READ)
    public GridCoverage coverage(@PathParam("id") long gridId, @QueryParam("officer") String officer,
                                 @QueryParam("squad") String squad, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("buffer") @DefaultValue("20") String buffer,
                                 @QueryParam("compare") @DefaultValue("false") String compare) {
        double[] metres = QueryParams.numbers("buffer", buffer, 1);
        if (!"true".equals(compare) && !"false".equals(compare)) {
            throw ProblemException.badRequest("coverage.bad-compare", "compare is true or false");
        }
        return coverage.coverage(caller.current(), gridId, QueryParams.id("officer", officer), QueryParams.id("squad", squad),
                QueryParams.instant("from", from), QueryParams.instant("to", to), metres == null ? 20 : metres[0], "true".equals(compare));
    }
}

package org.gridpatrol.web.officer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridpatrol.model.Page;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.server.officer.OfficerService;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;

/** {@code GET /api/v1/org-units/{id}/officers?offset=&limit=&includeInactive=}: officers of a subtree, paged. */
@Path("/org-units/{orgUnitId}/officers")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitOfficersResource {
    private static final int DEFAULT_LIMIT = 50;

    @Inject
    private OfficerService officers;

    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.OFFICER_READ)
    public Page<Officer> list(@PathParam("orgUnitId") long orgUnitId, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @QueryParam("includeInactive") String includeInactive) {
        return officers.list(caller.current(), orgUnitId, QueryParams.integer("offset", offset, 0),
                QueryParams.integer("limit", limit, DEFAULT_LIMIT),
                QueryParams.flag("includeInactive", includeInactive, false));
    }
}

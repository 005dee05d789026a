package org.gridpatrol.web.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.gridpatrol.model.org.NewOrgUnit;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.org.OrgUnitMove;
import org.gridpatrol.model.org.OrgUnitRename;
import org.gridpatrol.server.org.OrgUnitService;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/org-units}: the organisation tree. */
@Path("/org-units")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("org_unit")
public class OrgUnitResource {
    @Inject
    private OrgUnitService units;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ORG_WRITE)
    public Response create(NewOrgUnit request) {
        OrgUnit unit = units.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(unit.id())).build())
                .entity(unit).build();
    }

    /** @return the root bureaus (or the top of the caller's scope) */
    @GET
    @RequiresPermissions(Permissions.ORG_READ)
    public List<OrgUnit> roots() {
        return units.roots(caller.current());
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.ORG_READ)
    public OrgUnit get(@PathParam("id") long id) {
        return units.get(caller.current(), id);
    }

    @GET
    @Path("/{id}/subtree")
    @RequiresPermissions(Permissions.ORG_READ)
    public List<OrgUnit> subtree(@PathParam("id") long id, @QueryParam("includeInactive") String includeInactive) {
        return units.subtree(caller.current(), id, QueryParams.flag("includeInactive", includeInactive, false));
    }

    @POST
    @Path("/{id}/rename")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ORG_WRITE)
    public OrgUnit rename(@PathParam("id") long id, OrgUnitRename request) {
        return units.rename(caller.current(), id, request);
    }

    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ORG_WRITE)
    public OrgUnit move(@PathParam("id") long id, OrgUnitMove request) {
        return units.move(caller.current(), id, request);
    }

    @POST
    @Path("/{id}/deactivate")
    @RequiresPermissions(Permissions.ORG_WRITE)
    public OrgUnit deactivate(@PathParam("id") long id) {
        return units.deactivate(caller.current(), id);
    }
}

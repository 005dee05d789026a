package org.gridpatrol.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.account.ApiKey;
import org.gridpatrol.model.account.NewApiKey;
import org.gridpatrol.server.account.ApiKeyService;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/api-keys}: keys of integration clients (security administrator). */
@Path("/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("api_key")
public class ApiKeyResource {
    @Inject
    private ApiKeyService keys;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @GET
    @RequiresPermissions(Permissions.APIKEY_READ)
    public List<ApiKey> list() {
        return keys.list(caller.current());
    }

    /** @return the new key; the key itself is in this answer only */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.APIKEY_WRITE)
    public Response create(NewApiKey request) {
        ApiKey key = keys.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(key.id())).build()).entity(key).build();
    }

    @POST
    @Path("/{id}/revoke")
    @RequiresPermissions(Permissions.APIKEY_WRITE)
    public ApiKey revoke(@PathParam("id") long id) {
        return keys.revoke(caller.current(), id);
    }
}

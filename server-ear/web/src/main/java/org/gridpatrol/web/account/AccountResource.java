package org.gridpatrol.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.Page;
import org.gridpatrol.model.account.Account;
import org.gridpatrol.model.account.AccountUpdate;
import org.gridpatrol.model.account.NewAccount;
import org.gridpatrol.model.account.PasswordReset;
import org.gridpatrol.server.account.AccountService;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/accounts}: login accounts, their roles and data scopes (security administrator). */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("app_user")
public class AccountResource {
    @Inject
    private AccountService accounts;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @GET
    @RequiresPermissions(Permissions.ACCOUNT_READ)
    public Page<Account> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return accounts.list(caller.current(), QueryParams.integer("offset", offset, 0),
                QueryParams.integer("limit", limit, 100));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ACCOUNT_WRITE)
    public Response create(NewAccount request) {
        Account account = accounts.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(account.id())).build())
                .entity(account).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.ACCOUNT_READ)
    public Account get(@PathParam("id") long id) {
        return accounts.get(caller.current(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ACCOUNT_WRITE)
    public Account update(@PathParam("id") long id, AccountUpdate request) {
        return accounts.update(caller.current(), id, request);
    }

    /** Deactivates the account; its tokens stop working at once. */
    @POST
    @Path("/{id}/deactivate")
    @RequiresPermissions(Permissions.ACCOUNT_WRITE)
    public Account deactivate(@PathParam("id") long id) {
        return accounts.deactivate(caller.current(), id);
    }

    @POST
    @Path("/{id}/unlock")
    @RequiresPermissions(Permissions.ACCOUNT_WRITE)
    public Account unlock(@PathParam("id") long id) {
        return accounts.unlock(caller.current(), id);
    }

    @POST
    @Path("/{id}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.ACCOUNT_WRITE)
    public Account resetPassword(@PathParam("id") long id, PasswordReset request) {
        return accounts.resetPassword(caller.current(), id, request);
    }
}

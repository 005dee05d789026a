package org.gridpatrol.web.mobile;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.mobile.FixBatch;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.model.mobile.SignIn;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.ingest.FixIngest;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.mobile.DeviceSignIn;
import org.gridpatrol.web.audit.NotAudited;
import org.gridpatrol.web.request.BodyLimit;
import org.gridpatrol.web.scope.CallerScope;
import org.gridpatrol.web.security.Public;

/**
 * {@code /api/v1/mobile}: what officers' phones call. The access token a phone signs in for is
 * a bearer token like a desktop's; it carries only the OFFICER role's permission and the officer
 * and device it was issued to.
 */
@Path("/mobile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MobileResource {
    @Inject
    private DeviceSignIn signIn;
    @Inject
    private FixIngest fixes;
    @Inject
    private CallerScope callers;

    @Context
    private HttpServletRequest http;

    @POST
    @Path("sign-in")
    @Public
    @NotAudited("writes LOGIN and LOCKOUT rows itself")
    public Session signIn(SignIn request) {
        return signIn.signIn(request, http.getRemoteAddr());
    }

    /** Body {@code {"refreshToken": "..."}}. */
    @POST
    @Path("refresh")
    @Public
    public Session refresh(java.util.Map<String, String> body) {
        return signIn.refresh(body == null ? null : body.get("refreshToken"));
    }

    @POST
    @Path("sign-out")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public Response signOut() {
        signIn.signOut(device());
        return Response.noContent().build();
    }

    @POST
    @Path("positions")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @NotAudited("the fixes are the record: stored once per device and sequence number")
    @BodyLimit(BodyLimit.POSITIONS)
    public FixReceipt positions(FixBatch batch) {
        return fixes.ingest(device(), batch);
    }

    private DeviceIdentity device() {
        return callers.identity().device();
    }
}

package org.gridpatrol.web.mobile;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.mobile.MobileProfile;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.mobile.MobileProfiles;
import org.gridpatrol.web.scope.CallerScope;

/** {@code GET /api/v1/mobile/profile}: the signed-in officer, his grids and shifts of today, his location strategy. */
@Path("/mobile/profile")
public class MobileProfileResource {
    @Inject
    private MobileProfiles profiles;
    @Inject
    private CallerScope callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public MobileProfile get() {
        return profiles.of(callers.identity().device());
    }
}

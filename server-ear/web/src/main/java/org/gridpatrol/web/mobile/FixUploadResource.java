package org.gridpatrol.web.mobile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.mobile.FixBatch;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.ingest.FixIngest;
import org.gridpatrol.web.audit.NotAudited;
import org.gridpatrol.web.request.BodyLimit;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code POST /api/v1/mobile/positions}: the phones' most frequent call, on a resource of its own
 * that lives as long as the application, so a request does not build the other mobile endpoints'
 * service references just to store fixes.
 */
@ApplicationScoped
@Path("/mobile/positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FixUploadResource {
    @Inject
    private FixIngest fixes;
    @Inject
    private CallerScope callers;

    @POST
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @NotAudited("the fixes are the record: stored once per device and sequence number")
    @BodyLimit(BodyLimit.POSITIONS)
    public FixReceipt positions(FixBatch batch) {
        return fixes.ingest(callers.identity().device(), batch);
    }
}

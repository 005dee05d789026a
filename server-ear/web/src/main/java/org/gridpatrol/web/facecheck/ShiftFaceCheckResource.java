package org.gridpatrol.web.facecheck;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.shift.FaceCheck;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.facecheck.ShiftFaceChecks;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/shifts/{id}/face-check}: whether clocking in on the shift needs a selfie with a face check. */
@Path("/shifts/{id}/face-check")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("shift")
public class ShiftFaceCheckResource {
    @Inject
    private ShiftFaceChecks faceChecks;
    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.SHIFT_READ)
    public FaceCheck get(@PathParam("id") long id) {
        return faceChecks.get(caller.current(), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.SHIFT_WRITE)
    public FaceCheck put(@PathParam("id") long id, FaceCheck request) {
        return faceChecks.set(caller.current(), id, request);
    }
}

package org.gridpatrol.web.officer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.server.officer.DeviceService;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/devices/{id}}: one phone, and its deactivation. */
@Path("/devices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("device")
public class DeviceResource {
    @Inject
    private DeviceService devices;

    @Inject
    private CallerScope caller;

    @GET
    @RequiresPermissions(Permissions.DEVICE_READ)
    public Device get(@PathParam("id") long id) {
        return devices.get(caller.current(), id);
    }

    @POST
    @Path("/deactivate")
    @RequiresPermissions(Permissions.DEVICE_WRITE)
    public Device deactivate(@PathParam("id") long id) {
        return devices.deactivate(caller.current(), id);
    }
}

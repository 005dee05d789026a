package org.gridpatrol.web.officer;

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
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.DeviceRegistration;
import org.gridpatrol.server.officer.DeviceService;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/officers/{id}/devices}: register an officer's phone (201 new, 200 known) and list them. */
@Path("/officers/{officerId}/devices")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("device")
public class OfficerDevicesResource {
    @Inject
    private DeviceService devices;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.DEVICE_WRITE)
    public Response register(@PathParam("officerId") long officerId, DeviceRegistration request) {
        DeviceService.Registration registration = devices.register(caller.current(), officerId, request);
        Device device = registration.device();
        return (registration.created()
                ? Response.created(uri.getBaseUriBuilder().path(DeviceResource.class).build(device.id()))
                : Response.ok()).entity(device).build();
    }

    @GET
    @RequiresPermissions(Permissions.DEVICE_READ)
    public List<Device> list(@PathParam("officerId") long officerId) {
        return devices.list(caller.current(), officerId);
    }
}

package org.gridpatrol.web.mobile;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gridpatrol.model.mobile.FixBatch;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.Heartbeat;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.model.mobile.SignIn;
import org.gridpatrol.server.attendance.ClockIns;
import org.gridpatrol.server.ingest.FixIngest;
import org.gridpatrol.server.ingest.HeartbeatIngest;
import org.gridpatrol.server.mobile.DeviceSignIn;

/** {@code /api/v1/mobile}: what officers' phones call. */
@Path("/mobile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MobileResource {
    @Inject
    private DeviceSignIn signIn;
    @Inject
    private FixIngest fixes;
    @Inject
    private HeartbeatIngest heartbeats;
    @Inject
    private ClockIns clock;

    @POST
    @Path("sign-in")
    public Session signIn(SignIn request) {
        return signIn.signIn(request);
    }

    /** Body {@code {"refreshToken": "..."}}. */
    @POST
    @Path("refresh")
    public Session refresh(java.util.Map<String, String> body) {
        return signIn.refresh(body == null ? null : body.get("refreshToken"));
    }

    @POST
    @Path("sign-out")
    @DeviceAuthenticated
    public Response signOut(@Context HttpServletRequest request) {
        signIn.signOut(DeviceTokenFilter.identity(request));
        return Response.noContent().build();
    }

    @POST
    @Path("heartbeats")
    @DeviceAuthenticated
    public Response heartbeat(Heartbeat heartbeat, @Context HttpServletRequest request) {
        heartbeats.receive(DeviceTokenFilter.identity(request), heartbeat);
        return Response.noContent().build();
    }

    @POST
    @Path("clock")
    @DeviceAuthenticated
    public ClockReceipt clock(ClockEvent event, @Context HttpServletRequest request) {
        return clock.clock(DeviceTokenFilter.identity(request), event);
    }

    @POST
    @Path("positions")
    @DeviceAuthenticated
    public FixReceipt positions(FixBatch batch, @Context HttpServletRequest request) {
        return fixes.ingest(DeviceTokenFilter.identity(request), batch);
    }
}

package org.gridpatrol.web.mobile;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import org.gridpatrol.model.mobile.FixBatch;
import org.gridpatrol.model.incident.IncidentReport;
import org.gridpatrol.model.mobile.CheckIn;
import org.gridpatrol.model.mobile.CheckInReceipt;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.Heartbeat;
import org.gridpatrol.model.mobile.PhotoMeta;
import org.gridpatrol.model.mobile.PhotoReceipt;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.model.mobile.SignIn;
import org.gridpatrol.server.attendance.ClockIns;
import org.gridpatrol.server.checkpoint.CheckIns;
import org.gridpatrol.server.incident.Incidents;
import org.gridpatrol.server.ingest.FixIngest;
import org.gridpatrol.server.ingest.HeartbeatIngest;
import org.gridpatrol.server.mobile.DeviceSignIn;
import org.gridpatrol.server.photo.PhotoStore;
import org.gridpatrol.server.problem.ProblemException;

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
    @Inject
    private PhotoStore photos;
    @Inject
    private Incidents incidents;
    @Inject
    private CheckIns checkIns;
    @Context
    private Providers providers;

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

    /** Multipart: a JSON part {@code meta} ({@link PhotoMeta}) and a JPEG part {@code image}. */
    @POST
    @Path("photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @DeviceAuthenticated
    public Response upload(@FormParam("meta") EntityPart meta, @FormParam("image") EntityPart image,
                           @Context HttpServletRequest request) throws IOException {
        if (meta == null || image == null) {
            throw ProblemException.badRequest("photo.parts-missing", "send two parts: meta (JSON) and image (JPEG)");
        }
        ContextResolver<ObjectMapper> json = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
        PhotoMeta about;
        try (InputStream in = meta.getContent()) {
            about = json.getContext(PhotoMeta.class).readValue(in, PhotoMeta.class);
        }
        byte[] jpeg;
        try (InputStream in = image.getContent()) {
            jpeg = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, (16L << 20)));
        }
        PhotoReceipt receipt = photos.store(DeviceTokenFilter.identity(request), about, jpeg);
        return Response.status(receipt.duplicate() ? 200 : 201).entity(receipt).build();
    }

    @POST
    @Path("check-ins")
    @DeviceAuthenticated
    public CheckInReceipt checkIn(CheckIn checkIn, @Context HttpServletRequest request) {
        return checkIns.checkIn(DeviceTokenFilter.identity(request), checkIn);
    }

    @POST
    @Path("incidents")
    @DeviceAuthenticated
    public Response report(IncidentReport report, @Context HttpServletRequest request) {
        return Response.status(201).entity(incidents.report(DeviceTokenFilter.identity(request), report)).build();
    }

    @POST
    @Path("positions")
    @DeviceAuthenticated
    public FixReceipt positions(FixBatch batch, @Context HttpServletRequest request) {
        return fixes.ingest(DeviceTokenFilter.identity(request), batch);
    }
}

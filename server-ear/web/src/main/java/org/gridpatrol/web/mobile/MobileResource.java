package org.gridpatrol.web.mobile;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.incident.IncidentReport;
import org.gridpatrol.model.mobile.CheckIn;
import org.gridpatrol.model.mobile.CheckInReceipt;
import org.gridpatrol.model.mobile.ClockEvent;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.model.mobile.Heartbeat;
import org.gridpatrol.model.mobile.PhotoMeta;
import org.gridpatrol.model.mobile.PhotoReceipt;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.model.mobile.PhonePasswordChange;
import org.gridpatrol.model.mobile.SignIn;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.attendance.ClockIns;
import org.gridpatrol.server.checkpoint.CheckIns;
import org.gridpatrol.server.incident.Incidents;
import org.gridpatrol.server.ingest.HeartbeatIngest;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.mobile.DeviceSignIn;
import org.gridpatrol.server.photo.PhotoStore;
import org.gridpatrol.server.problem.ProblemException;
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
    private HeartbeatIngest heartbeats;
    @Inject
    private ClockIns clock;
    @Inject
    private PhotoStore photos;
    @Inject
    private Incidents incidents;
    @Inject
    private CheckIns checkIns;
    @Inject
    private CallerScope callers;
    @Context
    private Providers providers;

    @Context
    private HttpServletRequest http;

    @POST
    @Path("sign-in")
    @Public
    @NotAudited("writes LOGIN and LOCKOUT rows itself")
    public Session signIn(SignIn request) {
        return signIn.signIn(request, http.getRemoteAddr());
    }

    /**
     * The officer sets his own password from his phone, as sign-in's 403 {@code password.change-required}
     * asks; 204, then he signs in again with the new one.
     */
    @POST
    @Path("password")
    @Public
    @NotAudited("writes PASSWORD_CHANGE, and LOGIN rows for wrong passwords, itself")
    public Response changePassword(PhonePasswordChange request) {
        signIn.changePassword(request, http.getRemoteAddr());
        return Response.noContent().build();
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
    @Path("heartbeats")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @NotAudited("the heartbeat row is the record")
    public Response heartbeat(Heartbeat heartbeat) {
        heartbeats.receive(device(), heartbeat);
        return Response.noContent().build();
    }

    @POST
    @Path("clock")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public ClockReceipt clock(ClockEvent event) {
        return clock.clock(device(), event);
    }

    /**
     * Clock-in with a selfie for face check, multipart: a JSON part {@code event} ({@link ClockEvent},
     * with the phone's {@code faceVerdict} and {@code faceScore}) and a JPEG part {@code selfie}. The
     * selfie is stored and watermarked like any photo (kind SELFIE, the event's time and place) and
     * recorded as the event's {@code selfiePhotoId}.
     */
    @POST
    @Path("clock")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @BodyLimit(BodyLimit.PHOTO)
    public ClockReceipt clockWithSelfie(@FormParam("event") EntityPart event, @FormParam("selfie") EntityPart selfie)
            throws IOException {
        if (event == null || selfie == null) {
            throw ProblemException.badRequest("clock.parts-missing", "send two parts: event (JSON) and selfie (JPEG)");
        }
        ClockEvent clocked = read(event, ClockEvent.class);
        if (clocked == null) {
            throw ProblemException.badRequest("request.body-missing", "the event part needs a JSON body");
        }
        byte[] jpeg;
        try (InputStream in = selfie.getContent()) {
            jpeg = in.readNBytes(16 << 20);
        }
        PhotoReceipt photo = photos.store(device(), new PhotoMeta("SELFIE", clocked.at(), clocked.lon(), clocked.lat(),
                clocked.crs(), null), jpeg);
        return clock.clock(device(), new ClockEvent(clocked.kind(), clocked.at(), clocked.lon(), clocked.lat(),
                clocked.accuracy(), clocked.crs(), photo.id(), clocked.faceVerdict(), clocked.faceScore()));
    }

    private <T> T read(EntityPart part, Class<T> type) throws IOException {
        ContextResolver<ObjectMapper> json = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
        try (InputStream in = part.getContent()) {
            return json.getContext(type).readValue(in, type);
        }
    }

    /** Multipart: a JSON part {@code meta} ({@link PhotoMeta}) and a JPEG part {@code image}. */
    @POST
    @Path("photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @NotAudited("the photo row with both SHA-256 hashes is the record")
    @BodyLimit(BodyLimit.PHOTO)
    public Response upload(@FormParam("meta") EntityPart meta, @FormParam("image") EntityPart image) throws IOException {
        if (meta == null || image == null) {
            throw ProblemException.badRequest("photo.parts-missing", "send two parts: meta (JSON) and image (JPEG)");
        }
        PhotoMeta about = read(meta, PhotoMeta.class);
        byte[] jpeg;
        try (InputStream in = image.getContent()) {
            jpeg = in.readNBytes(16 << 20);
        }
        PhotoReceipt receipt = photos.store(device(), about, jpeg);
        return Response.status(receipt.duplicate() ? 200 : 201).entity(receipt).build();
    }

    @POST
    @Path("check-ins")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public CheckInReceipt checkIn(CheckIn checkIn) {
        return checkIns.checkIn(device(), checkIn);
    }

    @POST
    @Path("incidents")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    public Response report(IncidentReport report) {
        return Response.status(201).entity(incidents.report(device(), report)).build();
    }

    private DeviceIdentity device() {
        return callers.identity().device();
    }
}

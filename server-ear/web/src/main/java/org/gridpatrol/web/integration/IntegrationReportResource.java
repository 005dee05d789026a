package org.gridpatrol.web.integration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.integration.DutyDays;
import org.gridpatrol.server.integration.TrackExport;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code /api/v1/integration}: what a bureau's HR and reporting systems take each night:
 * attendance and duty summaries per officer and finished day, and the tracks of a time window.
 */
@Path("/integration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integration")
public class IntegrationReportResource {
    private static final String CURSOR = "the 'next' of the previous page (also in X-Next-Cursor); none to start";

    @Inject
    private DutyDays days;

    @Inject
    private TrackExport tracks;

    @Inject
    private CallerScope caller;

    @GET
    @Path("/attendance")
    @RequiresPermissions(Permissions.DUTY_READ)
    @Operation(summary = "Attendance per officer and finished day: clock-in, clock-out, late, early leave, absent")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.ATTENDANCE)))
    public Response attendance(@Parameter(description = "first day, e.g. 2026-11-01") @QueryParam("from") String from,
                               @Parameter(description = "last day (default and at most: yesterday)") @QueryParam("to") String to,
                               @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                               @Parameter(description = "rows per page, 1 to 1000 (default 100)") @QueryParam("limit") String limit) {
        return FeedAnswer.json(days.page(DutyDays.View.ATTENDANCE, caller.current(), QueryParams.day("from", from),
                QueryParams.day("to", to), cursor, QueryParams.integer("limit", limit, 100)));
    }

    @GET
    @Path("/duty-summaries")
    @RequiresPermissions(Permissions.DUTY_READ)
    @Operation(summary = "Patrol duty per officer and finished day: time on duty, clock-in/out, fixes, alarms")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.DUTY)))
    public Response dutySummaries(@Parameter(description = "first day, e.g. 2026-11-01") @QueryParam("from") String from,
                                  @Parameter(description = "last day (default and at most: yesterday)") @QueryParam("to") String to,
                                  @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                                  @Parameter(description = "rows per page, 1 to 1000 (default 100)") @QueryParam("limit") String limit) {
        return FeedAnswer.json(days.page(DutyDays.View.DUTY, caller.current(), QueryParams.day("from", from),
                QueryParams.day("to", to), cursor, QueryParams.integer("limit", limit, 100)));
    }

    @GET
    @Path("/tracks")
    @Produces({IntegrationFeedResource.GEO_JSON, "text/csv", MediaType.APPLICATION_JSON})
    @RequiresPermissions(Permissions.TRACK_READ)
    @Operation(summary = "Stored fixes of a time window (at most 7 days), of one officer or all, as GeoJSON points or CSV")
    @APIResponse(responseCode = "200", description = "a page; the cursor is also in X-Next-Cursor, X-More says whether more is ready",
            content = {@Content(mediaType = IntegrationFeedResource.GEO_JSON, examples = @ExampleObject(name = "geojson", value = Examples.TRACK_GEOJSON)),
                    @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = Examples.TRACK_CSV))})
    public Response tracks(@Parameter(description = "start of the window, ISO-8601 with offset") @QueryParam("from") String from,
                           @Parameter(description = "end of the window (exclusive)") @QueryParam("to") String to,
                           @Parameter(description = "one officer's id; none for all of the key's subtree") @QueryParam("officer") String officer,
                           @Parameter(description = "geojson or csv; else the Accept header decides") @QueryParam("format") String format,
                           @Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                           @Parameter(description = "fixes per page, 1 to 10000 (default 1000)") @QueryParam("limit") String limit,
                           @HeaderParam("Accept") String accept) {
        boolean csv;
        if (format == null || format.isBlank()) {
            csv = accept != null && accept.contains("text/csv");
        } else if (format.equals("csv") || format.equals("geojson")) {
            csv = format.equals("csv");
        } else {
            throw ProblemException.badRequest("query.invalid", "format is geojson or csv");
        }
        return FeedAnswer.track(tracks.page(caller.current(), QueryParams.id("officer", officer),
                QueryParams.instant("from", from), QueryParams.instant("to", to), cursor,
                QueryParams.integer("limit", limit, 1000)), csv);
    }
}

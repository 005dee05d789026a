package org.gridpatrol.web.integration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.gridpatrol.server.integration.ChangeFeed;
import org.gridpatrol.server.integration.Feed;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code /api/v1/integration}: the change feeds of an integration client (API key): every row of
 * its org subtree, in the order they were written, a page at a time; the {@code next} cursor of a
 * page resumes there, tomorrow as well, and each change comes exactly once.
 */
@Path("/integration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integration", description = "对接 OA/ERP/CRM 的只读接口 · read API for OA, ERP and CRM systems (X-Api-Key)")
public class IntegrationFeedResource {
    static final String GEO_JSON = "application/geo+json";
    private static final String CURSOR = "the 'next' of the previous page; none to start from the beginning";
    private static final String LIMIT = "rows per page, 1 to 1000 (default 100)";

    @Inject
    private ChangeFeed feed;

    @Inject
    private CallerScope caller;

    @GET
    @Path("/org-units")
    @RequiresPermissions(Permissions.ORG_READ)
    @Operation(summary = "Org units of the key's subtree, as they change")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.ORG_UNITS)))
    public Response orgUnits(@Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                             @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return FeedAnswer.json(feed.page(Feed.ORG_UNITS, caller.current(), cursor, QueryParams.integer("limit", limit, 100)));
    }

    @GET
    @Path("/officers")
    @RequiresPermissions(Permissions.OFFICER_READ)
    @Operation(summary = "Officers of the key's subtree, as they change")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.OFFICERS)))
    public Response officers(@Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                             @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return FeedAnswer.json(feed.page(Feed.OFFICERS, caller.current(), cursor, QueryParams.integer("limit", limit, 100)));
    }

    @GET
    @Path("/alarms")
    @RequiresPermissions(Permissions.ALARM_READ)
    @Operation(summary = "Alarms with their handling, as they open, close and are handled")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.ALARMS)))
    public Response alarms(@Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                           @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return FeedAnswer.json(feed.page(Feed.ALARMS, caller.current(), cursor, QueryParams.integer("limit", limit, 100)));
    }

    @GET
    @Path("/alarms/{id}")
    @RequiresPermissions(Permissions.ALARM_READ)
    @Operation(summary = "One alarm with its handling; 404 outside the key's subtree")
    public String alarm(@PathParam("id") long id) {
        return feed.one(Feed.ALARMS, caller.current(), id);
    }

    @GET
    @Path("/incidents")
    @RequiresPermissions(Permissions.INCIDENT_READ)
    @Operation(summary = "Incidents reported by officers, as they are reported and change")
    @APIResponse(responseCode = "200", description = "a page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = Examples.INCIDENTS)))
    public Response incidents(@Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                              @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return FeedAnswer.json(feed.page(Feed.INCIDENTS, caller.current(), cursor, QueryParams.integer("limit", limit, 100)));
    }

    @GET
    @Path("/incidents/{id}")
    @RequiresPermissions(Permissions.INCIDENT_READ)
    @Operation(summary = "One incident; 404 outside the key's subtree")
    public String incident(@PathParam("id") long id) {
        return feed.one(Feed.INCIDENTS, caller.current(), id);
    }

    @GET
    @Path("/grids")
    @Produces(GEO_JSON)
    @RequiresPermissions(Permissions.GRID_READ)
    @Operation(summary = "Grids as GeoJSON features, retired ones included (retiredAt), as they change")
    @APIResponse(responseCode = "200", description = "a page: a FeatureCollection with next and more",
            content = @Content(mediaType = GEO_JSON, examples = @ExampleObject(name = "page", value = Examples.GRIDS)))
    public Response grids(@Parameter(description = CURSOR) @QueryParam("cursor") String cursor,
                          @Parameter(description = LIMIT) @QueryParam("limit") String limit) {
        return FeedAnswer.features(feed.page(Feed.GRIDS, caller.current(), cursor, QueryParams.integer("limit", limit, 100)));
    }
}

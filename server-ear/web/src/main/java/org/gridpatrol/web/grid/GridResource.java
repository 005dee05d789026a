package org.gridpatrol.web.grid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridpatrol.model.grid.GridCheck;
import org.gridpatrol.model.grid.GridDraft;
import org.gridpatrol.model.grid.GridImportReport;
import org.gridpatrol.model.grid.GridRetirement;
import org.gridpatrol.model.grid.GridTopology;
import org.gridpatrol.model.grid.GridView;
import org.gridpatrol.server.grid.GridImport;
import org.gridpatrol.server.grid.GridMap;
import org.gridpatrol.server.grid.GridService;
import org.gridpatrol.server.grid.GridTopologyCheck;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.NotAudited;
import org.gridpatrol.web.request.BodyLimit;
import org.gridpatrol.web.audit.AuditTarget;

/** {@code /api/v1/grids}: enforcement grids, their history, checks, map view, import and export. */
@Path("/grids")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("grid")
public class GridResource {
    static final String GEO_JSON = "application/geo+json";

    @Inject
    private GridService grids;
    @Inject
    private GridMap map;
    @Inject
    private GridImport imports;
    @Inject
    private GridTopologyCheck topology;
    @Inject
    private CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.GRID_WRITE)
    @BodyLimit(BodyLimit.GEOMETRY)
    public Response create(GridDraft draft) {
        GridView created = grids.create(caller.current(), draft);
        return Response.created(UriBuilder.fromResource(GridResource.class).path("{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Produces({GEO_JSON, MediaType.APPLICATION_JSON})
    @RequiresPermissions(Permissions.GRID_READ)
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch,
                         @QueryParam("bbox") String bbox, @QueryParam("kind") String kind,
                         @QueryParam("orgUnit") Long orgUnit, @QueryParam("simplify") String simplify) {
        double[] simplifyM = QueryParams.numbers("simplify", simplify, 1);
        GridMap.MapFeatures features = map.features(caller.current(), QueryParams.numbers("bbox", bbox, 4), kind, orgUnit,
                simplifyM == null ? 0 : simplifyM[0]);
        if (features.etag().equals(ifNoneMatch)) {
            return Response.notModified().tag(EntityTag.valueOf(features.etag())).build();
        }
        return Response.ok(features.json(), GEO_JSON).header("ETag", features.etag()).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermissions(Permissions.GRID_READ)
    public GridView get(@PathParam("id") long id, @QueryParam("at") String at) {
        return grids.get(caller.current(), id, QueryParams.instant("at", at));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.GRID_WRITE)
    @BodyLimit(BodyLimit.GEOMETRY)
    public GridView update(@PathParam("id") long id, GridDraft draft) {
        return grids.update(caller.current(), id, draft);
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.GRID_WRITE)
    public GridView retire(@PathParam("id") long id, GridRetirement retirement) {
        if (retirement == null || retirement.version() == null) {
            throw ProblemException.badRequest("grid.version-missing", "send the version you saw and a reason");
        }
        return grids.retire(caller.current(), id, retirement.version(), retirement.reason());
    }

    @GET
    @Path("{id}/versions")
    @RequiresPermissions(Permissions.GRID_READ)
    public List<GridView> versions(@PathParam("id") long id) {
        return grids.versions(caller.current(), id);
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.GRID_WRITE)
    @NotAudited("a dry run: rolls back")
    @BodyLimit(BodyLimit.GEOMETRY)
    public GridCheck check(GridDraft draft, @QueryParam("id") Long id) {
        return grids.check(caller.current(), draft, id);
    }

    @GET
    @Path("topology")
    @RequiresPermissions(Permissions.GRID_READ)
    public GridTopology topology(@QueryParam("orgUnit") Long orgUnit, @QueryParam("kind") @DefaultValue("UNIT_GRID") String kind) {
        if (orgUnit == null) {
            throw ProblemException.badRequest("grid.org-unit-missing", "name the org unit: ?orgUnit=ID");
        }
        return topology.check(caller.current(), orgUnit, kind);
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, GEO_JSON})
    @RequiresPermissions(Permissions.GRID_WRITE)
    @BodyLimit(BodyLimit.IMPORT)
    public GridImportReport importGeoJson(JsonNode collection, @QueryParam("dryRun") boolean dryRun,
                                          @QueryParam("acceptWarnings") boolean acceptWarnings) {
        return imports.importGeoJson(caller.current(), collection, dryRun, acceptWarnings);
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @RequiresPermissions(Permissions.GRID_WRITE)
    @BodyLimit(BodyLimit.IMPORT)
    public GridImportReport importCsv(String csv, @QueryParam("dryRun") boolean dryRun,
                                      @QueryParam("acceptWarnings") boolean acceptWarnings) {
        return imports.importCsv(caller.current(), csv, dryRun, acceptWarnings);
    }

    @GET
    @Path("export")
    @Produces({GEO_JSON, "text/csv"})
    @RequiresPermissions(Permissions.GRID_READ)
    public Response export(@QueryParam("orgUnit") Long orgUnit, @QueryParam("format") @DefaultValue("geojson") String format) {
        Caller who = caller.current();
        return switch (format) {
            case "geojson" -> Response.ok(map.features(who, null, null, orgUnit, 0).json(), GEO_JSON)
                    .header("Content-Disposition", "attachment; filename=\"grids.geojson\"").build();
            case "csv" -> Response.ok((StreamingOutput) out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                map.csv(who, orgUnit, writer);
                writer.flush();
            }, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"grids.csv\"").build();
            default -> throw ProblemException.badRequest("grid.bad-format", "format is geojson or csv");
        };
    }
}

package org.gridpatrol.web.geometry;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.Measurement;
import org.gridpatrol.server.geometry.MeasureService;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.web.audit.NotAudited;
import org.gridpatrol.web.request.BodyLimit;

/** {@code POST /api/v1/geometry/measure}: geodesic area and length of a GeoJSON geometry. */
@Path("/geometry/measure")
public class MeasureResource {
    /** A measured geometry may be large, but not unbounded. */
    private static final GeoJson GEOJSON = new GeoJson(100_000);

    @Inject
    private MeasureService measure;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.GEOMETRY_MEASURE)
    @NotAudited("measures; stores nothing")
    @BodyLimit(BodyLimit.GEOMETRY)
    public Measurement post(JsonNode geometry) {
        return measure.measure(GEOJSON.read(geometry));
    }
}

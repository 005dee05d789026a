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
    public Measurement post(JsonNode geometry) {
        return measure.measure(GEOJSON.read(geometry));
    }
}

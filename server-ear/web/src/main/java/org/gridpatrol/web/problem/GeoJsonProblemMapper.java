package org.gridpatrol.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.gridpatrol.model.GeoJsonException;
import org.gridpatrol.model.Problem;

/** A geometry that is not valid GeoJSON: 422 naming the member at fault. */
@Provider
public class GeoJsonProblemMapper implements ExceptionMapper<GeoJsonException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(GeoJsonException e) {
        Problem problem = Problem.of(422, e.code(), "Invalid geometry", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.pointer(), e.code(), e.getMessage())));
        return Problems.answer(problem, uri);
    }
}

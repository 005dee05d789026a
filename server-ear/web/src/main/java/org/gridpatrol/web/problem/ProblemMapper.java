package org.gridpatrol.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gridpatrol.server.problem.ProblemException;

/** A refusal a service decided on, answered as it says. */
@Provider
public class ProblemMapper implements ExceptionMapper<ProblemException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProblemException e) {
        return Problems.answer(e.problem(), uri);
    }
}

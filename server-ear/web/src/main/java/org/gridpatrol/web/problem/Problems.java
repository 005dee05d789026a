package org.gridpatrol.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gridpatrol.model.Problem;

/** Turns a problem into an HTTP answer with the problem+json media type. */
final class Problems {
    /** Seconds a client should wait before retrying when the database is away. */
    static final int RETRY_AFTER_S = 5;

    private Problems() {
    }

    static Response answer(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getRequestUri().getPath());
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(located);
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_S);
        } else if (problem.status() == 429 && problem.extensions().get("retryAfterSeconds") != null) {
            response.header("Retry-After", problem.extensions().get("retryAfterSeconds"));
        }
        return response.build();
    }
}

package org.gridpatrol.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.model.GeoJsonException;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Everything no other mapper took. JAX-RS errors keep their status; a lost database
 * becomes 503 with Retry-After so phones retry instead of dropping data; anything
 * else is a 500 with an incident id for the log, never a stack trace.
 */
@Provider
public class FallbackProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(FallbackProblemMapper.class.getName());

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        // EJB containers wrap what services throw: look for a cause we know.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Problems.answer(problem.problem(), uri);
            }
            if (cause instanceof GeoJsonException geo) {
                return new GeoJsonProblemMapper().toResponse(geo);
            }
            if (databaseAway(cause)) {
                return Problems.answer(Problem.of(503, "database.unavailable", "Service unavailable",
                        "the database cannot be reached; retry shortly, nothing was stored"), uri);
            }
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "HTTP " + status : known.getReasonPhrase();
            return Problems.answer(Problem.of(status, "http." + status, title, sentenceFor(status, e)), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problems.answer(Problem.of(500, "internal", "Internal server error",
                "the server failed to handle the request; quote incident " + incident + " to the administrator"), uri);
    }

    /** @return true when this exception says the database cannot be reached (not the chain: one link) */
    public static boolean databaseAway(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        // the connection pool's own refusal when it cannot open a connection
        String type = cause.getClass().getName();
        return type.equals("jakarta.resource.ResourceException")
                || type.endsWith("ResourceAllocationException")
                || type.endsWith("RetryableUnavailableException");
    }

    private static String sentenceFor(int status, Throwable e) {
        return switch (status) {
            case 404 -> "there is no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "the server cannot produce the media type asked for";
            case 415 -> "the request's media type is not supported here";
            default -> e.getMessage() == null ? "the request was refused" : e.getMessage();
        };
    }
}

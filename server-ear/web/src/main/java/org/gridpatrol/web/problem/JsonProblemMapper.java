package org.gridpatrol.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.problem.ProblemException;

/** A body that is not JSON, or JSON of the wrong shape: 400 with where it went wrong. */
@Provider
public class JsonProblemMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private UriInfo uri;

    private static boolean syntax(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.core.JsonParseException
                    || cause instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                // a refusal raised while the body was read, e.g. one larger than the endpoint reads
                return Problems.answer(problem.problem(), uri);
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !syntax(e)) {
            String pointer = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("/", "/", ""));
            String code = e instanceof UnrecognizedPropertyException ? "json.unknown-member" : "json.wrong-shape";
            String sentence = e instanceof UnrecognizedPropertyException
                    ? "the member " + pointer + " is not known here"
                    : "the member " + pointer + " has the wrong type or value";
            return Problems.answer(Problem.of(400, code, "Bad request", sentence)
                    .withErrors(List.of(new Problem.FieldError(pointer, code, sentence))), uri);
        }
        if (e instanceof MismatchedInputException) {
            // well-formed JSON that is not what the resource reads: nothing at all, or e.g. an array for an object
            if (String.valueOf(e.getOriginalMessage()).startsWith("No content to map")) {
                return Problems.answer(Problem.of(400, "request.body-missing", "Bad request",
                        "the request needs a JSON body"), uri);
            }
            return Problems.answer(Problem.of(400, "json.wrong-shape", "Bad request",
                    "the request body is JSON of the wrong shape, e.g. an array where an object is expected"), uri);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.answer(Problem.of(400, "json.malformed", "Bad request",
                "the request body is not well-formed JSON" + where), uri);
    }
}

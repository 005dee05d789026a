package org.gridpatrol.server.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.gridpatrol.model.Problem;

/**
 * A refusal the caller can act on: services throw it, the web layer answers it as
 * RFC 9457 problem+json with its status. Unchecked so it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * @param problem the answer to give
     */
    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /** @return the answer to give */
    public Problem problem() {
        return problem;
    }

    /** 400: the request cannot be read. */
    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(Problem.of(400, code, "Bad request", detail));
    }

    /** 404: no such object in the caller's scope. */
    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(Problem.of(404, code, "Not found", detail));
    }

    /** 409: the object changed since the caller read it, or clashes with another. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Problem.of(409, code, "Conflict", detail));
    }

    /** 422: well-formed but breaks a rule; item reasons in {@code errors}. */
    public static ProblemException unprocessable(String code, String detail, List<Problem.FieldError> errors) {
        Problem problem = Problem.of(422, code, "Unprocessable content", detail);
        return new ProblemException(errors == null || errors.isEmpty() ? problem : problem.withErrors(errors));
    }

    /** 503: the server cannot serve for now; the client should retry later. */
    public static ProblemException unavailable(String code, String detail) {
        return new ProblemException(Problem.of(503, code, "Service unavailable", detail));
    }
}

package org.gridpatrol.client;

import java.time.Duration;
import java.util.Optional;
import org.gridpatrol.model.Problem;

/**
 * The server refused a request: an error status with its RFC 9457 problem detail. Answers that
 * were not {@code application/problem+json} (a proxy's HTML page, an empty 404) carry a problem
 * made from the status, with no {@code code}.
 */
public final class ProblemAnswer extends GridPatrolException {
    private static final long serialVersionUID = 1L;

    /** The parsed problem; not serialisable, like the answer it came from. */
    private final transient Problem problem;
    /** The answer's Retry-After, or null. */
    private final Duration retryAfter;

    /**
     * @param problem    the problem the server answered (or one made from the status)
     * @param retryAfter the answer's {@code Retry-After}, or null
     */
    public ProblemAnswer(Problem problem, Duration retryAfter) {
        super(problem.status() + (problem.code() == null ? "" : " " + problem.code())
                + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** @return the whole problem detail, extension members included */
    public Problem problem() {
        return problem;
    }

    /** @return the HTTP status */
    public int status() {
        return problem.status();
    }

    /** @return the machine-readable code (e.g. {@code token.invalid}), or null when the answer had none */
    public String code() {
        return problem.code();
    }

    /** @return the sentence for a human, or null */
    public String detail() {
        return problem.detail();
    }

    /** @return how long the server asked to wait before trying again, when it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

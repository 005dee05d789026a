package org.gridpatrol.client;

/** Any failure of a GridPatrol API call: an error answer ({@link ProblemAnswer}) or no answer ({@link ServerUnreachable}). */
public abstract class GridPatrolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     */
    protected GridPatrolException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    protected GridPatrolException(String message, Throwable cause) {
        super(message, cause);
    }
}

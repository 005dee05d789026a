package org.gridpatrol.desktop.connection.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A refusal of the server (its problem+json read back), or a failure to reach it
 * (status 0).
 */
public class ServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient JsonNode problem;

    /**
     * @param status  HTTP status, 0 when the server was not reached
     * @param code    the problem's machine code, or null
     * @param detail  the sentence for a person
     * @param problem the whole problem body, or null
     */
    public ServerException(int status, String code, String detail, JsonNode problem) {
        super(detail);
        this.status = status;
        this.code = code;
        this.problem = problem;
    }

    /** @return the HTTP status, 0 when the server was not reached */
    public int status() {
        return status;
    }

    /** @return the problem code such as {@code grid.rules-broken}, or null */
    public String code() {
        return code;
    }

    /** @return the problem body, e.g. with a {@code check} member; or null */
    public JsonNode problem() {
        return problem;
    }
}

package org.gridpatrol.server.audit;

import java.util.Map;

/**
 * One thing to write to the audit log.
 *
 * @param actor        username, API key prefix, {@code anonymous} or {@code system}
 * @param actorUserId  the account, when there is one
 * @param address      the client's address
 * @param action       e.g. LOGIN, LOCKOUT, GRID_UPDATE
 * @param outcome      SUCCESS, FAILURE or DENIED
 * @param targetType   kind of object acted on, or null
 * @param targetId     its id, or null
 * @param summary      details, written as a JSON object
 */
public record AuditRecord(String actor, Long actorUserId, String address, String action, Outcome outcome,
                          String targetType, String targetId, Map<String, ?> summary) {

    /** How it ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }

    public AuditRecord {
        summary = summary == null ? Map.of() : summary;
    }

    /** A login-related record about an account. */
    public static AuditRecord account(String actor, Long userId, String address, String action, Outcome outcome,
                                      Map<String, ?> summary) {
        return new AuditRecord(actor, userId, address, action, outcome, userId == null ? null : "app_user",
                userId == null ? null : userId.toString(), summary);
    }
}

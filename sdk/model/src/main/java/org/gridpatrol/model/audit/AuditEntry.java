package org.gridpatrol.model.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One row of the audit log.
 *
 * @param id           position in the hash chain
 * @param at           when
 * @param actor        username, API key prefix, or {@code anonymous} / {@code system}
 * @param actorUserId  the account, when there is one
 * @param actorAddress client address
 * @param action       e.g. LOGIN, LOCKOUT, GRID_UPDATE, ALARM_HANDLE
 * @param outcome      SUCCESS, FAILURE or DENIED
 * @param targetType   kind of object acted on, e.g. grid
 * @param targetId     its id
 * @param summary      details: changed fields before and after, failure reason, status
 * @param hash         this row's link in the chain
 */
public record AuditEntry(long id, Instant at, String actor, Long actorUserId, String actorAddress, String action,
                         String outcome, String targetType, String targetId, JsonNode summary, String hash) {
}

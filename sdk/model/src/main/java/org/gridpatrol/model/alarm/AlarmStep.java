package org.gridpatrol.model.alarm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One step in an alarm's handling record.
 *
 * @param action      ACK, HANDLE or ESCALATE
 * @param at          when it was done
 * @param byUserId    the account that did it; null for an escalation (the server's timer)
 * @param byUsername  that account's login name; null for an escalation
 * @param disposition CONFIRMED, EXCUSED or FALSE_ALARM for a HANDLE step
 * @param note        what the supervisor wrote, or why the server escalated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmStep(String action, Instant at, Long byUserId, String byUsername, String disposition, String note) {
}

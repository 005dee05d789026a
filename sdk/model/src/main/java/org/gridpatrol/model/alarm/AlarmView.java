package org.gridpatrol.model.alarm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An alarm as supervisors and integrations read it.
 *
 * @param id          the alarm's id
 * @param type        CROSS_ZONE, OFF_POST, STILL, LOST_CONTACT, FAKE_LOCATION, …
 * @param officerId   the officer
 * @param badgeNo     the officer's badge number
 * @param officerName the officer's name
 * @param gridId      the grid it happened in (cross-zone), or null
 * @param orgUnitId   the officer's squad when it started
 * @param state       OPEN, ACKNOWLEDGED or HANDLED
 * @param startedAt   when the condition began (time of the first offending fix)
 * @param endedAt     when it cleared, null while it lasts
 * @param durationS   seconds from start to end, null while it lasts
 * @param raisedAt    when the server raised it
 * @param raisedLate  true when it was raised from data that arrived late
 * @param reason      what caused it (a grid, a fake-location sign, the last known reason of silence)
 * @param disposition CONFIRMED, EXCUSED or FALSE_ALARM once handled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlarmView(long id, String type, long officerId, String badgeNo, String officerName, Long gridId,
                        long orgUnitId, String state, Instant startedAt, Instant endedAt, Long durationS,
                        Instant raisedAt, boolean raisedLate, String reason, String disposition) {
}

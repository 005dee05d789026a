package org.gridpatrol.model.duty;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An officer on duty in a grid at an instant.
 *
 * @param officerId    the officer
 * @param badgeNo      his badge number
 * @param name         his name
 * @param squadId      the squad he belonged to at that instant
 * @param assignmentId the assignment that makes him responsible
 * @param through      whether the assignment names him or his squad
 * @param shiftId      the assignment's shift, or null when it has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnDutyOfficer(long officerId, String badgeNo, String name, long squadId, long assignmentId,
                            AssignedThrough through, Long shiftId) {
}

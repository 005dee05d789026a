package org.gridpatrol.model.duty;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A grid an officer is responsible for at an instant.
 *
 * @param gridId       the grid
 * @param gridName     its name
 * @param assignmentId the assignment that makes him responsible
 * @param through      whether the assignment names him or his squad
 * @param shiftId      the assignment's shift, or null when it has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DutyGrid(long gridId, String gridName, long assignmentId, AssignedThrough through, Long shiftId) {
}

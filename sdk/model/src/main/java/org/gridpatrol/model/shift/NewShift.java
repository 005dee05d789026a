package org.gridpatrol.model.shift;

import java.util.List;

/**
 * Body of {@code POST /api/v1/shifts}.
 *
 * @param orgUnitId the org unit that defines it
 * @param name      its name, unique within the org unit
 * @param windows   its weekly windows, at least one, none overlapping another
 */
public record NewShift(Long orgUnitId, String name, List<ShiftWindow> windows) {
}

package org.gridpatrol.model.shift;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/shifts/{id}}: the name and the windows, which replace the old ones.
 *
 * @param name              its name, unique within the org unit
 * @param windows           its weekly windows, at least one, none overlapping another
 * @param expectedUpdatedAt the {@code updatedAt} the caller read, or null to skip the check
 */
public record ShiftUpdate(String name, List<ShiftWindow> windows, Instant expectedUpdatedAt) {
}

package org.gridpatrol.district.duty;

import java.time.OffsetDateTime;

/** An officer made responsible for a unit grid during a shift, from validFrom, open-ended. */
public record Assignment(long id, long officerId, long gridId, long shiftId, OffsetDateTime validFrom) {
}

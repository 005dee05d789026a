package org.gridpatrol.model.officer;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/officers/{id}/transfer}.
 *
 * @param squadId           the squad he moves to
 * @param expectedUpdatedAt the {@code updatedAt} the caller read, or null to skip the check
 */
public record OfficerTransfer(Long squadId, Instant expectedUpdatedAt) {
}

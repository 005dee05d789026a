package org.gridpatrol.model.officer;

import java.time.Instant;

/**
 * Body of {@code PUT /api/v1/officers/{id}}: the editable details, all of them.
 *
 * @param name              his name
 * @param phone             his phone number; null clears it
 * @param expectedUpdatedAt the {@code updatedAt} the caller read, or null to skip the check
 */
public record OfficerUpdate(String name, String phone, Instant expectedUpdatedAt) {
}

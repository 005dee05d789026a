package org.gridpatrol.model.account;

import java.util.List;

/**
 * Body of {@code PUT /api/v1/accounts/{id}}: name, roles and data scope, all given.
 *
 * @param displayName name shown to people
 * @param roles       role codes
 * @param orgUnitId   root of the data scope, or null
 */
public record AccountUpdate(String displayName, List<String> roles, Long orgUnitId) {
}

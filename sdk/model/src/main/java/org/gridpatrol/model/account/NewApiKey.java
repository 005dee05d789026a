package org.gridpatrol.model.account;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /api/v1/api-keys}.
 *
 * @param name      what the client is
 * @param scopes    read permissions it may use, e.g. {@code grid:read}
 * @param orgUnitId root of its data scope
 * @param expiresAt when it stops working, or null for never
 */
public record NewApiKey(String name, List<String> scopes, Long orgUnitId, Instant expiresAt) {
}

package org.gridpatrol.model.account;

import java.util.List;

/**
 * Who a request comes from, as {@code GET /api/v1/auth/me} says.
 *
 * @param userId      the account, or null for an API key
 * @param name        login name, or the API key's prefix
 * @param kind        SESSION (desktop), DEVICE (mobile) or API_KEY
 * @param roles       role codes
 * @param permissions permission strings the request carries
 * @param orgUnitId   root of the data scope; null: the whole tree
 */
public record CurrentUser(Long userId, String name, String kind, List<String> roles, List<String> permissions,
                          Long orgUnitId) {
}

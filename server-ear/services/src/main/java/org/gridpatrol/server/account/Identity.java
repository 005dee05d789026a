package org.gridpatrol.server.account;

import java.util.Set;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.scope.Caller;

/**
 * Who an authenticated request comes from, resolved from its credentials and nothing else.
 *
 * @param kind         how he proved it
 * @param credentialId the auth_token or api_key row
 * @param userId       the account; null for an API key
 * @param name         login name, or the API key's prefix: the actor in the audit log
 * @param orgUnitId    root of his data scope; null: the whole tree
 * @param scopePath    path of that org unit; null: the whole tree
 * @param roles        roles held
 * @param scopes       an API key's scopes; empty otherwise
 * @param device       the officer and phone of a mobile token; null otherwise
 */
public record Identity(Kind kind, long credentialId, Long userId, String name, Long orgUnitId, String scopePath,
                       Set<Role> roles, Set<String> scopes, DeviceIdentity device) {

    /** How a request proved who it comes from. */
    public enum Kind {
        /** A desktop login's bearer token. */
        SESSION,
        /** A mobile access token bound to a registered phone. */
        DEVICE,
        /** An integration client's API key. */
        API_KEY
    }

    public Identity {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** @return the caller the services filter by */
    public Caller caller() {
        return new Caller(userId, scopePath);
    }

    /** @return the permissions this request carries */
    public Set<String> permissions() {
        return Permissions.of(this);
    }
}

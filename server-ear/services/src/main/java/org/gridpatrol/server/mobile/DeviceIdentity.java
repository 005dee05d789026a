package org.gridpatrol.server.mobile;

/**
 * Who is calling the mobile API: resolved from the bearer token, never from the body.
 *
 * @param userId    the officer's account
 * @param officerId the officer
 * @param deviceId  the registered device the token is bound to (row id)
 */
public record DeviceIdentity(long userId, long officerId, long deviceId) {
}

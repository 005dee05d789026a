package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * The tokens a phone holds after signing in.
 *
 * @param accessToken      bearer token for every mobile call
 * @param accessExpiresAt  when the access token stops working
 * @param refreshToken     token to get a new access token on the same device
 * @param refreshExpiresAt when the refresh token stops working
 * @param officerId        the signed-in officer
 * @param officerName      the officer's name, for the app's header
 * @param deviceId         the registered device id the tokens are bound to
 */
public record Session(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt,
                      long officerId, String officerName, String deviceId) {
}

package org.gridpatrol.model.officer;

/**
 * Body of {@code POST /api/v1/officers/{id}/devices}.
 *
 * @param deviceUid  the app's stable installation id
 * @param model      phone model, or null
 * @param os         operating system and version, or null
 * @param appVersion version of the patrol app, or null
 */
public record DeviceRegistration(String deviceUid, String model, String os, String appVersion) {
}

package org.gridpatrol.model.mobile;

/**
 * An officer setting his own password from his registered phone, as sign-in asks when the
 * password was set for him or has expired ({@code password.change-required}).
 *
 * @param badgeNo     the officer's badge number
 * @param deviceId    the phone's registered device id
 * @param oldPassword the current password
 * @param newPassword the new one, under the same policy as at the desktop
 */
public record PhonePasswordChange(String badgeNo, String deviceId, String oldPassword, String newPassword) {

    /** Never print a password. */
    @Override
    public String toString() {
        return "PhonePasswordChange[badgeNo=" + badgeNo + ", deviceId=" + deviceId + "]";
    }
}

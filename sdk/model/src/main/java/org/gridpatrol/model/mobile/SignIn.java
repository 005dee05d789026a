package org.gridpatrol.model.mobile;

/**
 * An officer signing in on a registered phone.
 *
 * @param badgeNo  the officer's badge number
 * @param password the officer's password
 * @param deviceId the phone's registered device id
 */
public record SignIn(String badgeNo, String password, String deviceId) {

    /** Never print the password. */
    @Override
    public String toString() {
        return "SignIn[badgeNo=" + badgeNo + ", deviceId=" + deviceId + "]";
    }
}

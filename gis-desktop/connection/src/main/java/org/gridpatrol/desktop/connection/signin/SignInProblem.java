package org.gridpatrol.desktop.connection.signin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.openide.util.NbBundle;

/**
 * The sentence the sign-in dialog shows for a refusal, chosen by the server's problem
 * code rather than its English detail, so a supervisor reads it in the UI's language.
 *
 * @param key  the bundle key of the sentence
 * @param args its arguments
 */
record SignInProblem(String key, Object... args) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param refusal the server's refusal, or the failure to reach it (status 0)
     * @param server  the address the supervisor typed, named when it does not answer
     * @param zone    the zone the lock's end is shown in
     */
    static SignInProblem of(ServerException refusal, String server, ZoneId zone) {
        if (refusal.status() == 0) {
            return "client.untrusted-certificate".equals(refusal.code())
                    ? new SignInProblem("MSG_CertificateNotTrusted", server)
                    : new SignInProblem("MSG_NoAnswer", server);
        }
        String code = refusal.code();
        if (code == null || "client.not-gridpatrol".equals(code)) {
            // no problem+json at all: something else answers on that address
            return new SignInProblem("MSG_NotGridPatrol", server);
        }
        switch (code) {
            case "auth.refused":
                return new SignInProblem("MSG_BadCredentials");
            case "auth.locked":
                return lockedUntil(refusal, zone);
            case "auth.rate-limited":
                return new SignInProblem("MSG_RateLimited", refusal.problem().path("retryAfterSeconds").asLong(60));
            case "auth.password-change-required":
                return new SignInProblem("MSG_PasswordChangeRequired");
            case "auth.incomplete":
                return new SignInProblem("MSG_Incomplete");
            case "database.unavailable":
                return new SignInProblem("MSG_DatabaseAway");
            default:
                return new SignInProblem("MSG_SignInFailed", refusal.getMessage());
        }
    }

    private static SignInProblem lockedUntil(ServerException refusal, ZoneId zone) {
        String until = refusal.problem() == null ? null : refusal.problem().path("lockedUntil").asText(null);
        try {
            return until == null ? new SignInProblem("MSG_LockedForAWhile")
                    : new SignInProblem("MSG_LockedUntil", CLOCK.format(Instant.parse(until).atZone(zone)));
        } catch (DateTimeParseException e) {
            return new SignInProblem("MSG_LockedForAWhile");
        }
    }

    /** @return true when the dialog should ask for a new password */
    boolean passwordChangeRequired() {
        return "MSG_PasswordChangeRequired".equals(key);
    }

    /** @return the sentence in the UI's language */
    String text() {
        return NbBundle.getMessage(SignInProblem.class, key, args);
    }
}

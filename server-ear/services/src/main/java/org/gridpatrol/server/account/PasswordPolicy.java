package org.gridpatrol.server.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.model.Problem;

/**
 * What a new password must be: at least 10 characters (at most 128), characters of three of the
 * four classes (upper case, lower case, digits, others), not containing the login name, and not one
 * of the account's last 5 passwords (checked against stored hashes by {@link Passwords}). A password
 * expires after 90 days. Each figure can be changed with a system property.
 *
 * @param minLength     {@code gridpatrol.password.min-length}
 * @param minClasses    {@code gridpatrol.password.min-classes}
 * @param history       {@code gridpatrol.password.history}: how many recent passwords may not come back
 * @param maxAge        {@code gridpatrol.password.max-age-days}; zero: passwords never expire
 */
public record PasswordPolicy(int minLength, int minClasses, int history, Duration maxAge) {
    /** Longer inputs are refused before hashing: PBKDF2 over megabytes would be a denial of service. */
    public static final int MAX_LENGTH = 128;

    /** @return the policy in force, from system properties or the defaults */
    public static PasswordPolicy current() {
        return new PasswordPolicy(Integer.getInteger("gridpatrol.password.min-length", 10),
                Integer.getInteger("gridpatrol.password.min-classes", 3),
                Integer.getInteger("gridpatrol.password.history", 5),
                Duration.ofDays(Long.getLong("gridpatrol.password.max-age-days", 90)));
    }

    /**
     * @param pointer  the request member holding the password, e.g. {@code /newPassword}
     * @param username the account's login name
     * @param password the candidate
     * @return what is wrong with it, by rule; empty when it may be used (history aside)
     */
    public List<Problem.FieldError> violations(String pointer, String username, String password) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(error(pointer, "password.missing", "a password is required"));
            return errors;
        }
        if (password.length() < minLength) {
            errors.add(error(pointer, "password.too-short", "a password has at least " + minLength + " characters"));
        }
        if (password.length() > MAX_LENGTH) {
            errors.add(error(pointer, "password.too-long", "a password has at most " + MAX_LENGTH + " characters"));
        }
        if (classes(password) < minClasses) {
            errors.add(error(pointer, "password.too-simple", "a password mixes at least " + minClasses
                    + " of: upper-case letters, lower-case letters, digits, other characters"));
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(error(pointer, "password.contains-username", "a password does not contain the login name"));
        }
        return errors;
    }

    /** @return the error of a password that is one of the recent ones */
    public Problem.FieldError reused(String pointer) {
        return error(pointer, "password.reused", "a password may not be one of the last " + history + " passwords");
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static Problem.FieldError error(String pointer, String code, String message) {
        return new Problem.FieldError(pointer, code, message);
    }
}

package org.gridpatrol.installer;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The first administrators' one-time passwords, made on the bundled JRE so the target needs no
 * other tool: {@code java -cp tools.jar org.gridpatrol.installer.OneTimePassword} prints a fresh
 * password and its stored hash, separated by a tab. The hash has the server's format
 * ({@code pbkdf2-sha256$iterations$salt$hash}, see the account package); the password meets the
 * default policy, and the server forces a change at the first login.
 */
public final class OneTimePassword {
    private static final int ITERATIONS = 210_000;
    // No 0/O, 1/l/I: the password is read off a screen and typed once.
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String OTHERS = "-_.+=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {
    }

    public static void main(String[] args) {
        String password = newPassword();
        System.out.println(password + "\t" + hash(password));
    }

    /** @return 16 characters with all four classes, never containing an administrator's login name */
    static String newPassword() {
        String all = UPPER + LOWER + DIGITS + OTHERS;
        char[] chars = new char[16];
        chars[0] = pick(UPPER);
        chars[1] = pick(LOWER);
        chars[2] = pick(DIGITS);
        chars[3] = pick(OTHERS);
        for (int i = 4; i < chars.length; i++) {
            chars[i] = pick(all);
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }

    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}

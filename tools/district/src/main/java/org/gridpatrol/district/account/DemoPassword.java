package org.gridpatrol.district.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The demo password and its hashes in the server's format
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (PBKDF2WithHmacSHA256, 256 bits, base64
 * without padding; see the server's {@code PasswordHash}). The salt is derived from the username,
 * not random, so the same district writes the same bytes; it still differs per account.
 */
public final class DemoPassword {

    /** What every demo account signs in with. */
    public static final String PASSWORD = "Patrol-2026!";
    static final String PREFIX = "pbkdf2-sha256";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;

    private DemoPassword() {
    }

    /** The stored hash of {@link #PASSWORD} for an account; about a second of CPU. */
    public static String hash(String username) {
        byte[] salt = salt(username);
        return PREFIX + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(PASSWORD, salt, ITERATIONS));
    }

    /** Whether a password matches a stored hash of this format (for tests). */
    public static boolean matches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    /** The first 16 bytes of SHA-256 over a fixed label and the username in lower case. */
    static byte[] salt(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("gridpatrol-demo-salt:" + username.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, SALT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17", e);
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}

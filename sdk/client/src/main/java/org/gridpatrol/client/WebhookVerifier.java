package org.gridpatrol.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a GridPatrol webhook delivery on the receiving side: the {@code X-GridPatrol-Signature}
 * ({@code sha256=} + hex HMAC-SHA256 of {@code <timestamp>.<body>} with the webhook's secret) and
 * that {@code X-GridPatrol-Timestamp} is recent, so a captured delivery cannot be replayed later.
 * Check the raw body bytes, before parsing them.
 *
 * <pre>{@code
 * WebhookVerifier verifier = new WebhookVerifier(secretFromRegistration);
 * if (!verifier.verify(timestampHeader, signatureHeader, rawBody)) { answer 401; }
 * }</pre>
 */
public final class WebhookVerifier {
    /** How far a delivery's timestamp may be from now by default. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    /**
     * @param secret the {@code whsec_...} secret the webhook's registration answered
     */
    public WebhookVerifier(String secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /**
     * @param secret    the webhook's secret
     * @param tolerance how old (or how far ahead) a timestamp may be
     * @param clock     the receiver's clock
     */
    public WebhookVerifier(String secret, Duration tolerance, Clock clock) {
        this.secret = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param timestamp the {@code X-GridPatrol-Timestamp} header
     * @param signature the {@code X-GridPatrol-Signature} header
     * @param body      the request body exactly as received
     * @return true when the signature is right and the timestamp recent
     */
    public boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || body == null || !timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > tolerance.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** @return the signature the server makes for that timestamp and body */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

package org.gridpatrol.server.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: HMAC-SHA256 with the webhook's secret over
 * {@code <timestamp>.<body>}, hex, sent as {@code X-GridPatrol-Signature: sha256=<hex>} beside
 * {@code X-GridPatrol-Timestamp: <unix seconds>}. Signing the time too lets a receiver refuse an
 * old delivery replayed by someone who captured it.
 */
public final class WebhookSignature {
    /** The header holding the unix time the signature was made at. */
    public static final String TIMESTAMP_HEADER = "X-GridPatrol-Timestamp";
    /** The header holding {@code sha256=<hex>}. */
    public static final String SIGNATURE_HEADER = "X-GridPatrol-Signature";

    private WebhookSignature() {
    }

    /** @return {@code sha256=<hex of HMAC-SHA256(secret, timestamp + "." + body)>} */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

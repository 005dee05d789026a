package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    // printf '1764000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
    private static final String SIGNATURE = "sha256=c862972147a4361237a5bcb4f74195e2e5d448641115622fe658a65985c5ae8c";

    private static WebhookVerifier at(long epochSecond) {
        return new WebhookVerifier("whsec_test", Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void aFreshDeliveryWithTheServersSignatureIsAccepted() {
        assertTrue(at(1_764_000_060L).verify("1764000000", SIGNATURE, BODY));
    }

    @Test
    void anotherBodyAnOldTimestampOrAnotherSecretIsRefused() {
        assertFalse(at(1_764_000_060L).verify("1764000000", SIGNATURE, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(at(1_764_000_400L).verify("1764000000", SIGNATURE, BODY));
        assertFalse(new WebhookVerifier("whsec_other", Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(1_764_000_000L), ZoneOffset.UTC)).verify("1764000000", SIGNATURE, BODY));
        assertFalse(at(1_764_000_000L).verify("not-a-time", SIGNATURE, BODY));
    }
}

package org.gridpatrol.server.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // computed independently: printf '1764000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertEquals("sha256=c862972147a4361237a5bcb4f74195e2e5d448641115622fe658a65985c5ae8c",
                WebhookSignature.sign("whsec_test", 1_764_000_000L, "{\"a\":1}"));
    }

    @Test
    void anotherTimeOrBodyGivesAnotherSignature() {
        String signature = WebhookSignature.sign("whsec_test", 1_764_000_000L, "{\"a\":1}");
        assertNotEquals(signature, WebhookSignature.sign("whsec_test", 1_764_000_001L, "{\"a\":1}"));
        assertNotEquals(signature, WebhookSignature.sign("whsec_test", 1_764_000_000L, "{\"a\":2}"));
        assertNotEquals(signature, WebhookSignature.sign("whsec_other", 1_764_000_000L, "{\"a\":1}"));
    }
}

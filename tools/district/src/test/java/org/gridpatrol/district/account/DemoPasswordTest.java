package org.gridpatrol.district.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoPasswordTest {

    /** One real hash (about a second): the server's format, deterministic, and it verifies. */
    @Test
    void hashIsInTheServersFormatDeterministicAndMatchesOnlyTheDemoPassword() {
        String hash = DemoPassword.hash("BS0001");
        String[] parts = hash.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertTrue(parts[2].matches("^[A-Za-z0-9+/]{22}$"), "16-byte salt, base64 without padding: " + parts[2]);
        assertTrue(parts[3].matches("^[A-Za-z0-9+/]{43}$"), "256-bit hash, base64 without padding: " + parts[3]);
        assertTrue(DemoPassword.matches("Patrol-2026!", hash));
        assertFalse(DemoPassword.matches("patrol-2026!", hash));
        assertEquals(hash, DemoPassword.hash("BS0001"));
    }
}

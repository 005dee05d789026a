package org.gridpatrol.desktop.connection.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TokensTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTokenIsReadUnderAnyOfItsUsualNames() throws Exception {
        assertEquals("a", Tokens.read(json.readTree("{\"token\":\"a\"}")));
        assertEquals("b", Tokens.read(json.readTree("{\"accessToken\":\"b\",\"expiresIn\":3600}")));
        assertEquals("c", Tokens.read(json.readTree("{\"access_token\":\"c\"}")));
        assertNull(Tokens.read(json.readTree("{\"user\":\"x\"}")));
    }
}

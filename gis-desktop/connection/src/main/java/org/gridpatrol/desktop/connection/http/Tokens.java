package org.gridpatrol.desktop.connection.http;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the bearer token out of a sign-in answer, whichever of the usual names it has. */
final class Tokens {
    private static final String[] NAMES = {"token", "accessToken", "access_token"};

    private Tokens() {
    }

    static String read(JsonNode answer) {
        for (String name : NAMES) {
            JsonNode value = answer.path(name);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}

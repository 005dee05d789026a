package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.model.Problem;

/** Reads an error answer: its problem+json body (or a problem made from the status) and its Retry-After. */
final class Problems {
    private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "code", "instance", "errors");

    private Problems() {
    }

    static ProblemAnswer of(HttpResponse<byte[]> answer, ObjectMapper json) {
        Duration retryAfter = answer.headers().firstValue("Retry-After").map(Problems::retryAfter).orElse(null);
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        Problem problem = null;
        if (contentType.startsWith(Problem.MEDIA_TYPE) || contentType.startsWith("application/json")) {
            problem = parse(answer.body(), answer.statusCode(), json);
        }
        if (problem == null) {
            String body = new String(answer.body(), StandardCharsets.UTF_8).strip();
            problem = new Problem("about:blank", "HTTP " + answer.statusCode(), answer.statusCode(),
                    body.isEmpty() ? null : body.substring(0, Math.min(200, body.length())), null,
                    answer.request().uri().getPath(), null, Map.of());
        }
        return new ProblemAnswer(problem, retryAfter);
    }

    /** The problem in a body, its unknown members kept as extensions; null when the body is not one. */
    static Problem parse(byte[] body, int status, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                return null;
            }
            Map<String, Object> extensions = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (!MEMBERS.contains(member.getKey())) {
                    extensions.put(member.getKey(), json.treeToValue(member.getValue(), Object.class));
                }
            }
            List<Problem.FieldError> errors = node.hasNonNull("errors")
                    ? json.convertValue(node.get("errors"), new TypeReference<List<Problem.FieldError>>() { })
                    : null;
            return new Problem(text(node, "type"), text(node, "title"), node.path("status").asInt(status),
                    text(node, "detail"), text(node, "code"), text(node, "instance"), errors, extensions);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Seconds, or an HTTP date (RFC 9110 §10.2.3); null when neither. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}

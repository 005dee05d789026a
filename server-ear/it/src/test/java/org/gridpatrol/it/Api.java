package org.gridpatrol.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * What every API test needs: the real EAR, and an HTTP client speaking JSON to it. Requests carry
 * the token of a supervisor of the whole tree ({@link Accounts}) unless they name credentials of
 * their own or go to the mobile API; {@link #as} and {@link #anonymous} send as someone else.
 */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    private Api() {
    }

    /** @return the EAR the build made, exactly as it ships */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("gridpatrol.ear")));
    }

    /** An answer: status, content type and the body parsed as JSON (null when empty). */
    public record Answer(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    public static Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    public static Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
    }

    public static Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        boolean ownCredentials = built.headers().firstValue("Authorization").isPresent()
                || built.headers().firstValue("X-Api-Key").isPresent();
        if (!ownCredentials && !built.uri().getPath().startsWith("/api/v1/mobile/")) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .header("Authorization", "Bearer " + Accounts.bootstrapToken()).build();
        }
        return exchange(built);
    }

    /** Requests sent with one credential header (name and value), or with none when the name is null. */
    public record As(String header, String value) {
        public Answer get(String path) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
        }

        public Answer post(String path, String json) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        public Answer put(String path, String json) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        public Answer delete(String path) {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
        }

        public Answer send(HttpRequest.Builder request) {
            if (header != null) {
                request.header(header, value);
            }
            return exchange(request.timeout(Duration.ofSeconds(60)).build());
        }
    }

    /** @return requests carrying that bearer token */
    public static As as(String token) {
        return new As("Authorization", "Bearer " + token);
    }

    /** @return requests carrying that API key */
    public static As apiKey(String key) {
        return new As("X-Api-Key", key);
    }

    /** @return requests carrying no credentials */
    public static As anonymous() {
        return new As(null, null);
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = response.body().isEmpty() || !type.contains("json") ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), type, body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

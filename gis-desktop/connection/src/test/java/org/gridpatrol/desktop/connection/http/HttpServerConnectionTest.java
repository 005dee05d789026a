package org.gridpatrol.desktop.connection.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection against a small HTTP server on the loopback interface. */
class HttpServerConnectionTest {
    private static final TypeReference<JsonNode> JSON = new TypeReference<>() {
    };

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    private URI start(boolean withLogin) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/login", x -> {
            if (withLogin) {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                answer(x, body.contains("\"secret\"") ? 200 : 401, body.contains("\"secret\"")
                        ? "{\"token\":\"t-123\"}" : "{\"code\":\"auth.failed\",\"detail\":\"wrong password\"}");
            } else {
                answer(x, 404, "");
            }
        });
        server.createContext("/api/v1/health", x -> answer(x, 200, "{\"status\":\"UP\",\"version\":\"1.0\"}"));
        AtomicInteger version = new AtomicInteger();
        server.createContext("/api/v1/grids", x -> {
            authorizations.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
            String etag = "\"v" + version.get() + "\"";
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.getResponseHeaders().add("ETag", etag);
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            x.getResponseHeaders().add("ETag", etag);
            answer(x, 200, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        });
        server.createContext("/api/v1/grids/check", x -> answer(x, 422,
                "{\"status\":422,\"code\":\"grid.rules-broken\",\"detail\":\"the outline crosses itself\","
                        + "\"check\":{\"errors\":[{\"severity\":\"ERROR\",\"code\":\"grid.invalid\"}],\"warnings\":[]}}"));
        server.createContext("/api/v1/photos/7/marked", x -> {
            if (!String.valueOf(x.getRequestHeaders().getFirst("Accept")).startsWith("image/jpeg")) {
                answer(x, 406, "{\"status\":406,\"code\":\"not-acceptable\",\"detail\":\"image only\"}");
                return;
            }
            x.getResponseHeaders().add("Content-Type", "image/jpeg");
            x.sendResponseHeaders(200, 4);
            x.getResponseBody().write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
            x.close();
        });
        server.createContext("/api/v1/photos/8/marked", x -> answer(x, 404,
                "{\"status\":404,\"code\":\"photo.not-found\",\"detail\":\"no such photo\"}"));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static HttpServerConnection connection() {
        return new HttpServerConnection(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    @Test
    void aServerWithoutSignInIsUsedWithoutAToken() throws IOException {
        URI base = start(false);
        ServerConnection connection = connection();
        AtomicInteger told = new AtomicInteger();
        connection.addChangeListener(e -> told.incrementAndGet());
        connection.signIn(base, "supervisor", "x".toCharArray());
        assertEquals(1, told.get());
        assertTrue(connection.signedIn());
        assertNull(((HttpServerConnection) connection).token());
        connection.get("/grids", JSON);
        assertEquals(List.of("null"), authorizations);
    }

    @Test
    void aSuccessfulSignInSendsTheBearerTokenAfterwardsAndClearsThePassword() throws IOException {
        URI base = start(true);
        ServerConnection connection = connection();
        char[] password = "secret".toCharArray();
        connection.signIn(base, "supervisor", password);
        assertArrayEquals(new char[6], password);
        connection.get("/grids", JSON);
        assertEquals(List.of("Bearer t-123"), authorizations);
    }

    @Test
    void aRefusedSignInSaysWhyAndChangesNothing() throws IOException {
        URI base = start(true);
        ServerConnection connection = connection();
        ServerException refused = assertThrows(ServerException.class,
                () -> connection.signIn(base, "supervisor", "guess".toCharArray()));
        assertEquals(401, refused.status());
        assertEquals("wrong password", refused.getMessage());
        assertTrue(!connection.signedIn());
    }

    @Test
    void anUnchangedViewCostsA304() throws IOException {
        URI base = start(false);
        ServerConnection connection = connection();
        connection.signIn(base, "supervisor", new char[0]);
        ServerConnection.Conditional first = connection.getIfChanged("/grids?bbox=1,2,3,4", null);
        assertEquals("\"v0\"", first.etag());
        assertTrue(connection.getIfChanged("/grids?bbox=1,2,3,4", first.etag()).unchanged());
    }

    @Test
    void aPhotoIsReadAsBytesAskingForAnImageAndARefusalStillSaysWhy() throws IOException {
        URI base = start(false);
        ServerConnection connection = connection();
        connection.signIn(base, "supervisor", new char[0]);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9},
                connection.download("/photos/7/marked", "image/jpeg"));
        ServerException missing = assertThrows(ServerException.class,
                () -> connection.download("/photos/8/marked", "image/jpeg"));
        assertEquals(404, missing.status());
        assertEquals("photo.not-found", missing.code());
    }

    @Test
    void aProblemAnswerBecomesAServerExceptionWithItsCodeAndBody() throws IOException {
        URI base = start(false);
        ServerConnection connection = connection();
        connection.signIn(base, "supervisor", new char[0]);
        ServerException problem = assertThrows(ServerException.class,
                () -> connection.post("/grids/check", java.util.Map.of("kind", "UNIT_GRID"), JSON));
        assertEquals(422, problem.status());
        assertEquals("grid.rules-broken", problem.code());
        assertEquals("grid.invalid", problem.problem().path("check").path("errors").get(0).path("code").asText());
    }
}

package org.gridpatrol.desktop.connection.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The password change before sign-in, and a server that does not answer. */
class PasswordChangeRequestTest {
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void newPasswordIsSentWithTheOldOneAndAPolicyRefusalKeepsTheServersSentence() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/password", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            byte[] answer = "{\"status\":422,\"code\":\"auth.password-policy\",\"detail\":\"at least 10 characters\"}"
                    .getBytes(StandardCharsets.UTF_8);
            if (body.contains("\"newPassword\":\"short\"")) {
                x.sendResponseHeaders(422, answer.length);
                x.getResponseBody().write(answer);
            } else {
                x.sendResponseHeaders(204, -1);
            }
            x.close();
        });
        server.start();
        URI address = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        HttpServerConnection connection = new HttpServerConnection(HttpClient.newHttpClient());

        ServerException refused = assertThrows(ServerException.class, () -> connection.changePassword(address,
                "supervisor", "Reset-123".toCharArray(), "short".toCharArray()));
        assertEquals("at least 10 characters", refused.getMessage());
        connection.changePassword(address, "supervisor", "Reset-123".toCharArray(), "Grid-Patrol-2026".toCharArray());
        assertTrue(bodies.get(1).contains("\"password\":\"Reset-123\"") && bodies.get(1).contains("\"username\":\"supervisor\""),
                bodies.get(1));
    }

    @Test
    void aWebServerThatIsNotGridPatrolIsToldApart() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            byte[] page = "<html>Not Found</html>".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(404, page.length);
            x.getResponseBody().write(page);
            x.close();
        });
        server.start();
        HttpServerConnection connection = new HttpServerConnection(HttpClient.newHttpClient());
        ServerException failure = assertThrows(ServerException.class, () -> connection.signIn(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "supervisor", "x".toCharArray()));
        assertEquals(HttpServerConnection.NOT_GRIDPATROL, failure.code());
        assertEquals(null, connection.account());
    }

    @Test
    void aServerThatDoesNotAnswerIsStatusZero() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HttpServerConnection connection = new HttpServerConnection(HttpClient.newHttpClient());
        ServerException failure = assertThrows(ServerException.class,
                () -> connection.signIn(URI.create("http://127.0.0.1:" + port), "supervisor", "x".toCharArray()));
        assertEquals(0, failure.status());
    }
}

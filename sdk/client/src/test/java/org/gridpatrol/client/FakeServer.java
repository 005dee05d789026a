package org.gridpatrol.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A JDK HttpServer on a free loopback port answering from a script, recording what it was sent. */
final class FakeServer implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One scripted answer. */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of());
        }

        static Answer problem(int status, String body, Map<String, String> headers) {
            return new Answer(status, "application/problem+json", body, headers);
        }
    }

    private final HttpServer server;
    private final Deque<Function<Received, Answer>> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    FakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers the next request with this, then moves on; the last answer repeats. */
    FakeServer then(Answer answer) {
        return then(r -> answer);
    }

    FakeServer then(Function<Received, Answer> answer) {
        synchronized (script) {
            script.addLast(answer);
        }
        return this;
    }

    String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        synchronized (received) {
            received.add(r);
        }
        Function<Received, Answer> next;
        synchronized (script) {
            next = script.size() > 1 ? script.pollFirst() : script.peekFirst();
        }
        Answer a = next == null ? new Answer(500, "text/plain", "no script", Map.of()) : next.apply(r);
        byte[] body = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
        if (a.contentType() != null) {
            exchange.getResponseHeaders().add("Content-Type", a.contentType());
        }
        a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

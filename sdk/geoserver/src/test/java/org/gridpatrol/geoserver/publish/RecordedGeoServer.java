package org.gridpatrol.geoserver.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Plays GeoServer from a file of recorded request/response pairs (see geoserver-2.24/*.http): each
 * request must be the next one recorded — method, path and query, content type, texts of the body —
 * and gets the recorded answer. Anything else is noted as a mismatch and answered 599.
 */
final class RecordedGeoServer implements AutoCloseable {
    record Exchange(String method, String target, String contentType, List<String> bodyHas, int status, String answerType,
                    String answer) {
    }

    private final Deque<Exchange> expected = new ArrayDeque<>();
    private final List<String> mismatches = new ArrayList<>();
    private final HttpServer server;

    RecordedGeoServer(String resource) throws IOException {
        try (InputStream in = RecordedGeoServer.class.getResourceAsStream("geoserver-2.24/" + resource)) {
            parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.createContext("/", this::handle);
        server.start();
    }

    URI geoserver() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/geoserver");
    }

    List<String> mismatches() {
        return mismatches;
    }

    int unplayed() {
        return expected.size();
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        try (x) {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
            Exchange next = expected.poll();
            String problem = null;
            if (next == null) {
                problem = "unexpected " + x.getRequestMethod() + " " + target;
            } else if (!next.method().equals(x.getRequestMethod()) || !next.target().equals(target)) {
                problem = "expected " + next.method() + " " + next.target() + ", got " + x.getRequestMethod() + " " + target;
            } else if (next.contentType() != null && !next.contentType().equals(x.getRequestHeaders().getFirst("Content-Type"))) {
                problem = target + ": content type " + x.getRequestHeaders().getFirst("Content-Type");
            } else if (x.getRequestHeaders().getFirst("Authorization") == null) {
                problem = target + ": no Authorization header";
            } else {
                for (String part : next.bodyHas()) {
                    if (!body.contains(part)) {
                        problem = target + ": body lacks " + part;
                    }
                }
            }
            if (problem != null) {
                mismatches.add(problem);
                x.sendResponseHeaders(599, -1);
                return;
            }
            byte[] answer = next.answer().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", next.answerType());
            x.sendResponseHeaders(next.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                x.getResponseBody().write(answer);
            }
        }
    }

    private void parse(String text) {
        String method = null;
        String target = null;
        String type = null;
        List<String> has = new ArrayList<>();
        int status = 0;
        String answerType = null;
        StringBuilder answer = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("> ")) {
                if (method != null) {
                    expected.add(new Exchange(method, target, type, has, status, answerType, answer.toString().strip()));
                }
                String[] parts = line.substring(2).split(" ", 2);
                method = parts[0];
                target = parts[1].strip();
                type = null;
                has = new ArrayList<>();
                answer = null;
            } else if (answer == null && line.startsWith("@ ")) {
                type = line.substring(2).strip();
            } else if (answer == null && line.startsWith("? ")) {
                has.add(line.substring(2).strip());
            } else if (answer == null && line.startsWith("< ")) {
                String[] parts = line.substring(2).split(" ", 2);
                status = Integer.parseInt(parts[0]);
                answerType = parts[1].strip();
                answer = new StringBuilder();
            } else if (answer != null) {
                answer.append(line).append('\n');
            }
        }
        if (method != null) {
            expected.add(new Exchange(method, target, type, has, status, answerType, answer.toString().strip()));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

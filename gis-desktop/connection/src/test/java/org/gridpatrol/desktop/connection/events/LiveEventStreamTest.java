package org.gridpatrol.desktop.connection.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/**
 * The event stream against a loopback server: events delivered by name, the reconnection
 * after the stream ends carries Last-Event-ID, and a 404 stops it for good.
 */
class LiveEventStreamTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eventsArriveByNameAndA404AfterADropStopsTheStream() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        List<String> lastEventIds = new CopyOnWriteArrayList<>();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/login", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.createContext("/api/v1/health", x -> {
            byte[] report = "{\"status\":\"UP\",\"version\":\"1.0\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, report.length);
            x.getResponseBody().write(report);
            x.close();
        });
        server.createContext("/api/v1/events", x -> {
            lastEventIds.add(String.valueOf(x.getRequestHeaders().getFirst("Last-Event-ID")));
            if (connections.incrementAndGet() > 1) { // the stream went away, and so did the endpoint
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            byte[] body = ("""
                    : hello
                    id: 7
                    event: officer.position
                    data: {"officerId":100012,"lon":117.35,"lat":32.93,"time":"2026-11-27T01:00:00Z","accuracy":8}

                    id: 8
                    event: alarm.opened
                    data: {"id":1,"type":"FAKE_LOCATION","officerId":100012,"state":"OPEN"}

                    """).getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/event-stream");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();

        ServerConnection connection = Lookup.getDefault().lookup(ServerConnection.class);
        ServerEvents events = Lookup.getDefault().lookup(ServerEvents.class);
        List<JsonNode> positions = new CopyOnWriteArrayList<>();
        List<JsonNode> alarms = new CopyOnWriteArrayList<>();
        events.subscribe("officer.position", positions::add);
        events.subscribe("alarm.opened", alarms::add);
        connection.signIn(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "supervisor", new char[0]);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.state() != ServerEvents.State.UNAVAILABLE && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(ServerEvents.State.UNAVAILABLE, events.state());
        assertEquals(1, positions.size());
        assertEquals(100012, positions.get(0).path("officerId").asLong());
        assertEquals(1, alarms.size());
        assertEquals("FAKE_LOCATION", alarms.get(0).path("type").asText());
        assertEquals(List.of("null", "8"), lastEventIds, "the reconnection asks for what came after event 8");
        assertTrue(connections.get() == 2, "no attempts after the 404");
    }
}

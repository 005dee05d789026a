package org.gridpatrol.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A desktop's view of {@code /api/v1/events} for tests: connects with a token, keeps every event
 * (name and JSON data) it receives, and waits for one that matches.
 */
final class EventStream implements AutoCloseable {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One event as received. */
    record Event(String name, JsonNode data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<?> stream;
    private volatile java.util.stream.Stream<String> lines;
    private String name = "";

    private EventStream(String token) {
        stream = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(BASE + "/events")).header("Accept", "text/event-stream")
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    lines = response.body();
                    lines.forEach(this::line);
                });
    }

    /** @return a stream open for the token's holder, once the server has had time to subscribe it */
    static EventStream open(String token) throws InterruptedException {
        EventStream events = new EventStream(token);
        Thread.sleep(500);
        return events;
    }

    private void line(String line) {
        if (line.startsWith("event:")) {
            name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
            try {
                events.add(new Event(name, Api.JSON.readTree(line.substring(5).strip())));
            } catch (IOException e) {
                events.add(new Event(name, null));
            }
        }
    }

    /** @return the first event matching, waiting at most that long; null when none came */
    Event await(Predicate<Event> wanted, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        do {
            for (Event event : events) {
                if (wanted.test(event)) {
                    return event;
                }
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        return null;
    }

    /** @return every event received so far that matches */
    List<Event> received(Predicate<Event> wanted) {
        List<Event> matching = new ArrayList<>();
        events.stream().filter(wanted).forEach(matching::add);
        return matching;
    }

    /** @return a test for an event of that name about that alarm */
    static Predicate<Event> about(String name, long alarmId) {
        return e -> e.name().equals(name) && e.data() != null && e.data().path("id").asLong() == alarmId;
    }

    @Override
    public void close() {
        stream.cancel(true);
        if (lines != null) {
            lines.close(); // hangs up, so the server drops the subscriber
        }
    }
}

package org.gridpatrol.desktop.connection.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.desktop.connection.http.HttpServerConnection;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;

/**
 * Follows {@code /api/v1/events} from the first sign-in on: reconnects with a growing
 * pause after a drop, and gives up for good when the server answers 404 (no stream).
 */
@ServiceProvider(service = ServerEvents.class)
public final class LiveEventStream implements ServerEvents {
    private static final Logger LOG = Logger.getLogger(LiveEventStream.class.getName());
    private static final long MAX_PAUSE_MS = 30_000;

    private final Map<String, List<Consumer<JsonNode>>> listeners = new ConcurrentHashMap<>();
    private volatile State state = State.STOPPED;
    private volatile Thread reader;
    private volatile int generation;

    /** Used by the Lookup: starts following the server once someone signs in. */
    public LiveEventStream() {
        ServerConnection connection = Lookup.getDefault().lookup(ServerConnection.class);
        if (connection instanceof HttpServerConnection http) {
            connection.whenSignedIn(() -> restart(http));
        }
    }

    @Override
    public void subscribe(String event, Consumer<JsonNode> listener) {
        listeners.computeIfAbsent(event, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    @Override
    public State state() {
        return state;
    }

    private synchronized void restart(HttpServerConnection http) {
        int mine = ++generation;
        Thread old = reader;
        if (old != null) {
            old.interrupt();
        }
        reader = new Thread(() -> follow(http, mine), "GridPatrol events");
        reader.setDaemon(true);
        reader.start();
    }

    private void follow(HttpServerConnection http, int mine) {
        long pause = 1000;
        String lastId = null;
        while (mine == generation && !Thread.currentThread().isInterrupted()) {
            state = State.CONNECTING;
            EventStreamParser parser = new EventStreamParser(this::deliver);
            try {
                HttpRequest.Builder request = http.request("/events").header("Accept", "text/event-stream").GET();
                if (lastId != null) {
                    request.header("Last-Event-ID", lastId);
                }
                HttpResponse<Stream<String>> answer = http.http().send(request.build(), HttpResponse.BodyHandlers.ofLines());
                if (answer.statusCode() == 404) {
                    answer.body().close();
                    state = State.UNAVAILABLE;
                    LOG.info("the server has no event stream (404): no live positions or alarms");
                    return;
                }
                if (answer.statusCode() == 200) {
                    state = State.LIVE;
                    pause = 1000;
                    try (Stream<String> lines = answer.body()) {
                        lines.takeWhile(l -> mine == generation).forEach(parser::line);
                    }
                    lastId = parser.lastId();
                } else {
                    answer.body().close();
                    LOG.log(Level.INFO, "event stream answered {0}", answer.statusCode());
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "event stream dropped", e);
            } catch (InterruptedException e) {
                return;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = Math.min(MAX_PAUSE_MS, pause * 2);
        }
    }

    void deliver(EventStreamParser.Event event) {
        List<Consumer<JsonNode>> interested = listeners.get(event.name());
        if (interested == null) {
            return;
        }
        try {
            JsonNode data = Lookup.getDefault().lookup(ServerConnection.class).mapper().readTree(event.data());
            interested.forEach(l -> l.accept(data));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "event " + event.name() + " not delivered", e);
        }
    }
}

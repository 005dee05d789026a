package org.gridpatrol.web.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.server.events.LiveEvent;
import org.gridpatrol.server.events.LiveEvents;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code GET /api/v1/events}: Server-Sent Events of alarms opened and closed and of
 * officers' positions, only those of the caller's org subtree. A desktop that
 * reconnects with {@code Last-Event-ID} first gets what it missed.
 */
@Path("/events")
public class EventResource {
    private static final Logger LOG = Logger.getLogger(EventResource.class.getName());
    /** A subscriber this far behind is dropped; its desktop reconnects and catches up. */
    private static final int QUEUE = 10_000;
    private static final long KEEP_ALIVE_S = 15;

    @Inject
    private LiveEvents live;
    @Inject
    private CallerScope caller;
    @Resource
    private ManagedThreadFactory threads;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresPermissions(Permissions.ALARM_READ)
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId) {
        Long after = lastId(lastEventId);
        Caller who = caller.current();
        BlockingQueue<LiveEvent> queue = new LinkedBlockingQueue<>(QUEUE);
        boolean[] overflow = {false};
        Consumer<LiveEvent> subscriber = event -> {
            if (who.sees(event.orgPath()) && !queue.offer(event)) {
                overflow[0] = true;
            }
        };
        List<LiveEvent> missed = live.subscribe(subscriber, after);
        // one thread per desktop: a slow desktop only ever waits on its own queue
        threads.newThread(() -> {
            try {
                for (LiveEvent event : missed) {
                    if (who.sees(event.orgPath())) {
                        send(sink, sse, event);
                    }
                }
                while (!sink.isClosed() && !overflow[0]) {
                    LiveEvent event = queue.poll(KEEP_ALIVE_S, TimeUnit.SECONDS);
                    if (event == null) {
                        sink.send(sse.newEventBuilder().comment("keep-alive").build()).toCompletableFuture()
                                .get(10, TimeUnit.SECONDS);
                    } else {
                        send(sink, sse, event);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.log(Level.FINE, "event subscriber gone", e);
            } finally {
                live.unsubscribe(subscriber);
                sink.close();
            }
        }).start();
    }

    private static void send(SseEventSink sink, Sse sse, LiveEvent event)
            throws InterruptedException, ExecutionException, TimeoutException {
        OutboundSseEvent out = sse.newEventBuilder().id(Long.toString(event.id())).name(event.name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(event.data()).build();
        sink.send(out).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static Long lastId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(header.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("events.bad-last-event-id", "Last-Event-ID must be a number we sent");
        }
    }
}

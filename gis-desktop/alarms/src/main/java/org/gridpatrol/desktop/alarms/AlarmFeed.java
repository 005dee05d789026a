package org.gridpatrol.desktop.alarms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Consumer;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.model.alarm.AlarmView;

/** Alarms from the server: the latest page from {@code GET /alarms}, then the live events. */
final class AlarmFeed {
    static final int PAGE = 500;
    private static final TypeReference<List<AlarmView>> LIST = new TypeReference<>() {
    };

    private final ServerConnection connection;

    AlarmFeed(ServerConnection connection) {
        this.connection = connection;
    }

    /** @return the newest alarms the caller may see; blocks */
    List<AlarmView> latest() {
        return connection.get("/alarms?limit=" + PAGE, LIST);
    }

    /** @param events the stream; @param sink told every alarm opened or closed, on the stream's thread */
    void follow(ServerEvents events, Consumer<AlarmView> sink) {
        ObjectMapper mapper = connection.mapper();
        Consumer<JsonNode> read = data -> {
            try {
                sink.accept(mapper.treeToValue(data, AlarmView.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("not an alarm: " + data, e);
            }
        };
        events.subscribe("alarm.opened", read);
        events.subscribe("alarm.closed", read);
    }

    /**
     * @param events the stream
     * @param sink   told every alarm acknowledged, handled or escalated (by anyone), on the stream's thread
     */
    void followChanges(ServerEvents events, Consumer<AlarmView> sink) {
        ObjectMapper mapper = connection.mapper();
        Consumer<JsonNode> read = data -> {
            try {
                sink.accept(mapper.treeToValue(data, AlarmView.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("not an alarm: " + data, e);
            }
        };
        events.subscribe("alarm.changed", read);
        events.subscribe("alarm.escalated", read);
    }
}

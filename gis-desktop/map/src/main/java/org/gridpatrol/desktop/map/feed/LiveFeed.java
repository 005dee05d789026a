package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;

/** Puts the event stream's {@code officer.position} events into the live positions. */
public final class LiveFeed {
    private LiveFeed() {
    }

    /** @param events the stream; @param positions where positions go */
    public static void follow(ServerEvents events, LivePositions positions) {
        events.subscribe("officer.position", data -> {
            OfficerPosition position = read(data);
            if (position != null) {
                positions.add(position);
            }
        });
    }

    /** @return the position in an {@code officer.position} event, or null when it has none */
    static OfficerPosition read(JsonNode data) {
        if (!data.hasNonNull("officerId") || !data.hasNonNull("lon") || !data.hasNonNull("lat")) {
            return null;
        }
        Instant time = data.hasNonNull("time") ? Instant.parse(data.get("time").asText()) : Instant.now();
        return new OfficerPosition(data.get("officerId").asLong(), data.get("lon").asDouble(),
                data.get("lat").asDouble(), time, data.path("accuracy").asDouble(0));
    }
}

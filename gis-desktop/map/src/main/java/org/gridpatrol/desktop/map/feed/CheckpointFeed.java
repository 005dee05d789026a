package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.map.api.MapCheckpoint;
import org.gridpatrol.model.plan.Checkpoint;

/**
 * Reads the active checkpoints of the caller's scope ({@code GET /checkpoints}) for the map,
 * which draws those of the grids in view.
 */
public final class CheckpointFeed {
    private static final TypeReference<List<Checkpoint>> LIST = new TypeReference<>() {
    };

    private CheckpointFeed() {
    }

    /** @return the checkpoints the caller may see; blocks */
    public static List<MapCheckpoint> load(ServerConnection connection) {
        return read(connection.get("/checkpoints", LIST));
    }

    /** @return the checkpoints with a point geometry, as the map draws them */
    static List<MapCheckpoint> read(List<Checkpoint> checkpoints) {
        List<MapCheckpoint> read = new ArrayList<>(checkpoints.size());
        for (Checkpoint c : checkpoints) {
            JsonNode xy = c.geometry() == null ? null : c.geometry().path("coordinates");
            if (c.active() && xy != null && xy.size() >= 2 && "Point".equals(c.geometry().path("type").asText())) {
                read.add(new MapCheckpoint(c.id(), c.gridId(), c.name(), xy.get(0).asDouble(), xy.get(1).asDouble(),
                        c.radiusM()));
            }
        }
        return read;
    }
}

package org.gridpatrol.web.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gridpatrol.model.plan.Checkpoint;

/** Checkpoints as a GeoJSON FeatureCollection (RFC 7946), for map clients that read GeoJSON layers directly. */
final class CheckpointFeatures {
    private CheckpointFeatures() {
    }

    static ObjectNode of(List<Checkpoint> checkpoints) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode collection = json.objectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Checkpoint c : checkpoints) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", c.id());
            feature.set("geometry", c.geometry());
            feature.putObject("properties").put("gridId", c.gridId()).put("name", c.name()).put("radiusM", c.radiusM())
                    .put("tagCode", c.tagCode());
        }
        return collection;
    }
}

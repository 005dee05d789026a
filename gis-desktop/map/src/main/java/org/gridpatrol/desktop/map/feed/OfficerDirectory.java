package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.LivePositions;

/** Labels officers on the map with badge and name, read from the org units the caller sees. */
public final class OfficerDirectory {
    private static final Logger LOG = Logger.getLogger(OfficerDirectory.class.getName());
    private static final TypeReference<List<JsonNode>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<JsonNode> NODE = new TypeReference<>() {
    };

    private OfficerDirectory() {
    }

    /** Reads every officer of every unit under the roots; blocks. */
    public static void load(ServerConnection connection, LivePositions positions) {
        try {
            for (JsonNode root : connection.get("/org-units", LIST)) {
                for (JsonNode unit : connection.get("/org-units/" + root.path("id").asLong() + "/subtree", LIST)) {
                    JsonNode page = connection.get("/org-units/" + unit.path("id").asLong() + "/officers?limit=500", NODE);
                    for (JsonNode officer : page.path("items")) {
                        positions.label(officer.path("id").asLong(),
                                officer.path("badgeNo").asText("") + " " + officer.path("name").asText(""));
                    }
                }
            }
        } catch (ServerException e) {
            LOG.log(Level.INFO, "officer names not loaded", e);
        }
    }
}

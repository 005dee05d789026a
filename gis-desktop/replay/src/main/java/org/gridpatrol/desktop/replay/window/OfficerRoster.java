package org.gridpatrol.desktop.replay.window;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.connection.api.ServerConnection;

/** The officers the caller may replay: every officer of every org unit he sees, by badge. */
final class OfficerRoster {
    private static final TypeReference<List<JsonNode>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<JsonNode> NODE = new TypeReference<>() {
    };

    /** An officer to pick. @param id his id @param label badge and name */
    record Entry(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private OfficerRoster() {
    }

    /** @return the officers, ordered by badge; blocks */
    static List<Entry> load(ServerConnection connection) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode root : connection.get("/org-units", LIST)) {
            for (JsonNode unit : connection.get("/org-units/" + root.path("id").asLong() + "/subtree", LIST)) {
                JsonNode page = connection.get("/org-units/" + unit.path("id").asLong() + "/officers?limit=500", NODE);
                for (JsonNode officer : page.path("items")) {
                    entries.add(new Entry(officer.path("id").asLong(),
                            officer.path("badgeNo").asText("") + " " + officer.path("name").asText("")));
                }
            }
        }
        entries.sort((a, b) -> a.label().compareTo(b.label()));
        return entries;
    }
}

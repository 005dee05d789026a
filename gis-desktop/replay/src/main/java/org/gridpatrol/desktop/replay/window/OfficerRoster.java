package org.gridpatrol.desktop.replay.window;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.desktop.connection.api.ServerConnection;

/** The officers the caller may replay: every officer of every org unit he sees, by badge. */
final class OfficerRoster {
    private static final int PAGE = 500;
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
        // an org unit's officers are those of its whole subtree: the roots are enough
        Map<Long, Entry> entries = new LinkedHashMap<>();
        for (JsonNode root : connection.get("/org-units", LIST)) {
            long total = Long.MAX_VALUE;
            for (int offset = 0; offset < total; offset += PAGE) {
                JsonNode page = connection.get("/org-units/" + root.path("id").asLong() + "/officers?offset=" + offset
                        + "&limit=" + PAGE, NODE);
                total = page.path("total").asLong(0);
                for (JsonNode officer : page.path("items")) {
                    entries.put(officer.path("id").asLong(), new Entry(officer.path("id").asLong(),
                            officer.path("badgeNo").asText("") + " " + officer.path("name").asText("")));
                }
            }
        }
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort((a, b) -> a.label().compareTo(b.label()));
        return sorted;
    }
}

package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.model.officer.LastPosition;

/**
 * Puts every officer's last known position ({@code GET /officers/positions}) on the map after
 * sign-in, so the map shows everyone at once — those who fell silent before the desktop started
 * too — instead of waiting for each to report on the event stream.
 */
public final class LastPositionFeed {
    private static final TypeReference<List<LastPosition>> LIST = new TypeReference<>() {
    };

    private LastPositionFeed() {
    }

    /** Reads and adds them (a newer live position already there wins); blocks. @return how many were read */
    public static int load(ServerConnection connection, LivePositions positions) {
        List<LastPosition> last = connection.get("/officers/positions", LIST);
        for (LastPosition p : last) {
            positions.label(p.officerId(), p.badgeNo() + " " + p.name());
            positions.add(new OfficerPosition(p.officerId(), p.lon(), p.lat(), p.time(),
                    p.accuracyM() == null ? 0 : p.accuracyM()));
        }
        return last.size();
    }
}

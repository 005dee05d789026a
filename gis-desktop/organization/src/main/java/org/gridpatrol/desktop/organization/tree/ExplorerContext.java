package org.gridpatrol.desktop.organization.tree;

import java.time.Clock;
import java.time.ZoneId;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.replay.api.ReplayLauncher;

/**
 * What the explorer's nodes read and act on.
 *
 * @param directory the organization
 * @param states    officers' live status
 * @param map       the map, to locate officers and offer its grids
 * @param replay    opens replays
 * @param assigner  assigns an officer to a grid on the server
 * @param chooser   asks the user which grid
 * @param clock     the present ("today")
 * @param zone      the supervisor's time zone
 * @param async     create children off the event thread (the application) or at once (tests)
 */
public record ExplorerContext(OrgDirectory directory, OfficerStates states, MapContext map, ReplayLauncher replay,
                              GridAssigner assigner, GridChooser chooser, Clock clock, ZoneId zone, boolean async) {

    /** Assigns an officer to a grid. */
    @FunctionalInterface
    public interface GridAssigner {
        /** @param officerId the officer; @param gridId the grid; blocks; throws on refusal */
        void assign(long officerId, long gridId);
    }

    /** Asks which grid. */
    @FunctionalInterface
    public interface GridChooser {
        /** @param officerLabel who is assigned; @return the grid chosen, or null when cancelled */
        Long choose(String officerLabel);
    }
}

package org.gridpatrol.desktop.organization.api;

import java.util.Optional;
import org.gridpatrol.model.org.OrgUnit;

/**
 * Lets the supervisor choose an org unit in the organization tree (bureau ▸ brigade ▸ squad, the
 * units of his data scope), for windows that work on one unit such as the reports. Found in the Lookup.
 */
public interface OrgUnitPicker {

    /**
     * Shows the tree in a dialog and waits for the choice; call on the event thread.
     *
     * @param title      the dialog's title
     * @param selectedId the unit to select first, or null
     * @return the chosen unit, or empty when cancelled
     */
    Optional<OrgUnit> pick(String title, Long selectedId);
}

package org.gridpatrol.desktop.organization.tree;

import java.util.List;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.org.OrgUnit;

/** The organization as the explorer reads it; calls may block. */
public interface OrgDirectory {

    /** @return the top units the caller sees */
    List<OrgUnit> roots();

    /** @return the units directly under a unit */
    List<OrgUnit> children(long unitId);

    /** @return the officers whose squad is this unit */
    List<Officer> officers(long unitId);

    /** @return the phones bound to an officer */
    List<Device> devices(long officerId);
}

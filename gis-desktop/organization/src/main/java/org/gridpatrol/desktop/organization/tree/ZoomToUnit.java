package org.gridpatrol.desktop.organization.tree;

import java.awt.event.ActionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.swing.AbstractAction;
import org.gridpatrol.model.org.OrgUnit;
import org.openide.util.NbBundle;

/** Brings every grid of a unit and of the units under it into view: a squad's grids, or a whole brigade's. */
final class ZoomToUnit extends AbstractAction {
    private static final long serialVersionUID = 1L;
    private final transient ExplorerContext context;
    private final long unitId;

    ZoomToUnit(ExplorerContext context, long unitId) {
        super(NbBundle.getMessage(ZoomToUnit.class, "ACT_ZoomToUnit"));
        this.context = context;
        this.unitId = unitId;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        context.map().showUnits(subtree());
    }

    /** @return the unit and every unit below it (the directory holds the tree it read at sign-in) */
    Set<Long> subtree() {
        Set<Long> units = new LinkedHashSet<>();
        Deque<Long> open = new ArrayDeque<>();
        open.add(unitId);
        while (!open.isEmpty()) {
            long unit = open.poll();
            if (units.add(unit)) {
                for (OrgUnit child : context.directory().children(unit)) {
                    open.add(child.id());
                }
            }
        }
        return units;
    }
}

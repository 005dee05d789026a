package org.gridpatrol.desktop.organization.tree;

import java.util.List;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.org.OrgUnit;
import org.openide.nodes.ChildFactory;
import org.openide.nodes.Node;

/** The children of a unit: its sub-units, then its officers; or the roots when there is no unit. */
final class UnitChildren extends ChildFactory<Object> {
    private final ExplorerContext context;
    private final Long unitId;

    UnitChildren(ExplorerContext context, Long unitId) {
        this.context = context;
        this.unitId = unitId;
    }

    @Override
    protected boolean createKeys(List<Object> keys) {
        if (unitId == null) {
            keys.addAll(context.directory().roots());
        } else {
            keys.addAll(context.directory().children(unitId));
            keys.addAll(context.directory().officers(unitId));
        }
        return true;
    }

    @Override
    protected Node createNodeForKey(Object key) {
        return key instanceof OrgUnit unit ? new UnitNode(context, unit) : new OfficerNode(context, (Officer) key);
    }
}

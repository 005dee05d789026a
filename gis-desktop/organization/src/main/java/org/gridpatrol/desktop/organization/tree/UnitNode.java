package org.gridpatrol.desktop.organization.tree;

import java.awt.Image;
import javax.swing.Action;
import org.gridpatrol.model.org.OrgUnit;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.util.NbBundle;
import org.openide.util.lookup.Lookups;

/** An org unit: bureau, brigade or squad, with its sub-units and officers below it. */
public final class UnitNode extends AbstractNode {
    private final OrgUnit unit;
    private final ExplorerContext context;

    UnitNode(ExplorerContext context, OrgUnit unit) {
        super(Children.create(new UnitChildren(context, unit.id()), context.async()), Lookups.singleton(unit));
        this.unit = unit;
        this.context = context;
        setName("unit-" + unit.id());
        setDisplayName(unit.name());
        setShortDescription(NbBundle.getMessage(UnitNode.class, "KIND_" + unit.kind()) + " " + unit.code());
    }

    /**
     * @param context what nodes read and act on
     * @return the invisible root whose children are the top units the caller sees
     */
    public static AbstractNode root(ExplorerContext context) {
        AbstractNode root = new AbstractNode(Children.create(new UnitChildren(context, null), context.async()));
        root.setDisplayName(NbBundle.getMessage(UnitNode.class, "LBL_Organization"));
        return root;
    }

    /** @return the unit */
    public OrgUnit unit() {
        return unit;
    }

    @Override
    public Action[] getActions(boolean popup) {
        return new Action[] {new ZoomToUnit(context, unit.id())};
    }

    @Override
    public Image getIcon(int type) {
        return StatusIcons.unit();
    }

    @Override
    public Image getOpenedIcon(int type) {
        return getIcon(type);
    }
}

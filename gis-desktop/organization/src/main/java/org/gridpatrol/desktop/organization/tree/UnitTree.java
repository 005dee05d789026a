package org.gridpatrol.desktop.organization.tree;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Image;
import java.beans.PropertyVetoException;
import java.util.List;
import java.util.Optional;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.gridpatrol.model.org.OrgUnit;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.view.BeanTreeView;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.ChildFactory;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.util.lookup.Lookups;

/**
 * The organization's units alone (no officers, no phones) as a tree to choose one from, over the
 * same {@link OrgDirectory} as the explorer. Its nodes are built at once, so it suits a dialog.
 */
public final class UnitTree extends JPanel implements ExplorerManager.Provider {
    private static final long serialVersionUID = 1L;
    private final transient ExplorerManager explorer = new ExplorerManager();
    private final BeanTreeView view = new BeanTreeView();

    /** @param directory where the units come from; read while the tree opens (it may block) */
    public UnitTree(OrgDirectory directory) {
        super(new BorderLayout());
        AbstractNode root = new AbstractNode(Children.create(new Units(directory, null), false));
        explorer.setRootContext(root);
        view.setRootVisible(false);
        view.setPreferredSize(new Dimension(320, 360));
        // in a dialog the empty part below the rows must be painted too, not show what lies behind
        view.getViewport().setOpaque(true);
        view.getViewport().setBackground(UIManager.getColor("Tree.background"));
        add(view, BorderLayout.CENTER);
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return explorer;
    }

    /** @return the unit selected now, if one is */
    public Optional<OrgUnit> selected() {
        Node[] nodes = explorer.getSelectedNodes();
        return nodes.length == 1 ? Optional.ofNullable(nodes[0].getLookup().lookup(OrgUnit.class)) : Optional.empty();
    }

    /**
     * Opens the tree down to a unit and selects it, as a click on it would.
     *
     * @param unitId the unit
     * @return true when the unit is in the tree
     */
    public boolean select(long unitId) {
        Optional<Node> found = find(explorer.getRootContext(), unitId);
        found.ifPresent(node -> {
            view.expandNode(node.getParentNode());
            try {
                explorer.setSelectedNodes(new Node[] {node});
            } catch (PropertyVetoException e) {
                throw new IllegalStateException(e);
            }
        });
        return found.isPresent();
    }

    private static Optional<Node> find(Node under, long unitId) {
        for (Node child : under.getChildren().getNodes(true)) {
            OrgUnit unit = child.getLookup().lookup(OrgUnit.class);
            if (unit != null && unit.id() == unitId) {
                return Optional.of(child);
            }
            Optional<Node> deeper = find(child, unitId);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /** The sub-units of a unit, or the roots. */
    private static final class Units extends ChildFactory<OrgUnit> {
        private final OrgDirectory directory;
        private final Long unitId;

        Units(OrgDirectory directory, Long unitId) {
            this.directory = directory;
            this.unitId = unitId;
        }

        @Override
        protected boolean createKeys(List<OrgUnit> keys) {
            keys.addAll(unitId == null ? directory.roots() : directory.children(unitId));
            return true;
        }

        @Override
        protected Node createNodeForKey(OrgUnit unit) {
            List<OrgUnit> below = directory.children(unit.id());
            AbstractNode node = new AbstractNode(below.isEmpty() ? Children.LEAF
                    : Children.create(new Units(directory, unit.id()), false), Lookups.singleton(unit)) {
                @Override
                public Image getIcon(int type) {
                    return StatusIcons.unit();
                }

                @Override
                public Image getOpenedIcon(int type) {
                    return getIcon(type);
                }
            };
            node.setName("unit-" + unit.id());
            node.setDisplayName(unit.name());
            return node;
        }
    }
}

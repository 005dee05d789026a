package org.gridpatrol.desktop.organization.tree;

import java.awt.Image;
import java.util.List;
import javax.swing.Action;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import org.gridpatrol.desktop.map.status.OfficerStatus;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.Officer;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.ChildFactory;
import org.openide.nodes.Children;
import org.openide.nodes.Node;
import org.openide.util.NbBundle;
import org.openide.util.WeakListeners;
import org.openide.util.lookup.Lookups;

/** An officer: his live status as the icon, his phones below him, and what can be done with him. */
public final class OfficerNode extends AbstractNode {
    private final ExplorerContext context;
    private final Officer officer;
    private final ChangeListener statusChanged;
    private volatile OfficerStatus shown;

    OfficerNode(ExplorerContext context, Officer officer) {
        super(Children.create(new Devices(context, officer.id()), context.async()), Lookups.singleton(officer));
        this.context = context;
        this.officer = officer;
        setName("officer-" + officer.id());
        setDisplayName(label());
        shown = context.states().of(officer.id());
        setShortDescription(statusText(shown));
        statusChanged = e -> statusMayHaveChanged();
        context.states().addChangeListener(WeakListeners.change(statusChanged, context.states()));
    }

    /** @return badge and name */
    public String label() {
        return officer.badgeNo() + " " + officer.name();
    }

    /** @return the officer */
    public Officer officer() {
        return officer;
    }

    /** @return his status now */
    public OfficerStatus status() {
        return context.states().of(officer.id());
    }

    private void statusMayHaveChanged() {
        OfficerStatus now = status();
        if (now != shown) {
            shown = now;
            // the tree repaints on the event thread; tests call in on any thread and read at once
            Runnable fire = () -> {
                setShortDescription(statusText(now));
                fireIconChange();
            };
            if (context.async()) {
                SwingUtilities.invokeLater(fire);
            } else {
                fire.run();
            }
        }
    }

    private static String statusText(OfficerStatus status) {
        return NbBundle.getMessage(OfficerNode.class, "STATUS_" + status);
    }

    @Override
    public Image getIcon(int type) {
        return StatusIcons.of(status());
    }

    @Override
    public Action[] getActions(boolean context) {
        return new Action[] {new LocateOfficer(this.context, officer.id()), new ReplayToday(this.context, officer.id()),
            new AssignToGrid(this.context, officer.id(), label())};
    }

    @Override
    public Action getPreferredAction() {
        return new LocateOfficer(context, officer.id());
    }

    /** The officer's phones. */
    private static final class Devices extends ChildFactory<Device> {
        private final ExplorerContext context;
        private final long officerId;

        Devices(ExplorerContext context, long officerId) {
            this.context = context;
            this.officerId = officerId;
        }

        @Override
        protected boolean createKeys(List<Device> keys) {
            keys.addAll(context.directory().devices(officerId));
            return true;
        }

        @Override
        protected Node createNodeForKey(Device key) {
            return new DeviceNode(key);
        }
    }
}

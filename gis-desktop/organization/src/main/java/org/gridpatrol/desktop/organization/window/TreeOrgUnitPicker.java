package org.gridpatrol.desktop.organization.window;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.organization.api.OrgUnitPicker;
import org.gridpatrol.desktop.organization.tree.UnitTree;
import org.gridpatrol.model.org.OrgUnit;
import org.netbeans.api.progress.BaseProgressUtils;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle;
import org.openide.util.lookup.ServiceProvider;

/** Picks a unit in a dialog holding the organization's unit tree, read from the server as the explorer reads it. */
@ServiceProvider(service = OrgUnitPicker.class)
public final class TreeOrgUnitPicker implements OrgUnitPicker {

    @Override
    public Optional<OrgUnit> pick(String title, Long selectedId) {
        // a district has some hundreds of units and officers: one read, as the explorer does, off the event thread
        AtomicReference<Object> read = new AtomicReference<>();
        BaseProgressUtils.runOffEventDispatchThread(() -> {
            try {
                read.set(new ServerOrgDirectory(Connections.server()).load());
            } catch (ServerException e) {
                read.set(e);
            }
        }, NbBundle.getMessage(TreeOrgUnitPicker.class, "MSG_Loading"), new AtomicBoolean(), false);
        if (!(read.get() instanceof ServerOrgDirectory directory)) {
            String why = read.get() instanceof ServerException e ? e.getMessage() : "";
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                    NbBundle.getMessage(TreeOrgUnitPicker.class, "MSG_LoadFailed", why), NotifyDescriptor.WARNING_MESSAGE));
            return Optional.empty();
        }
        UnitTree tree = new UnitTree(directory);
        if (selectedId != null) {
            tree.select(selectedId);
        }
        DialogDescriptor dialog = new DialogDescriptor(tree, title);
        return DialogDisplayer.getDefault().notify(dialog) == DialogDescriptor.OK_OPTION ? tree.selected() : Optional.empty();
    }
}

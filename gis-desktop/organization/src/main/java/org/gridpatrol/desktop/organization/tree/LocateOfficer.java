package org.gridpatrol.desktop.organization.tree;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import org.openide.util.NbBundle;

/** Centres the map on the officer's latest position and highlights his trail. */
final class LocateOfficer extends AbstractAction {
    private static final long serialVersionUID = 1L;
    private final transient ExplorerContext context;
    private final long officerId;

    LocateOfficer(ExplorerContext context, long officerId) {
        super(NbBundle.getMessage(LocateOfficer.class, "ACT_Locate"));
        this.context = context;
        this.officerId = officerId;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        context.map().showOfficer(officerId);
    }
}

package org.gridpatrol.desktop.organization.tree;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;

/** Asks for a grid and assigns the officer to it from now on, open-ended, with no shift schedule. */
final class AssignToGrid extends AbstractAction {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor SENDER = new RequestProcessor("GridPatrol assignment");
    private final transient ExplorerContext context;
    private final long officerId;
    private final String label;

    AssignToGrid(ExplorerContext context, long officerId, String label) {
        super(NbBundle.getMessage(AssignToGrid.class, "ACT_Assign"));
        this.context = context;
        this.officerId = officerId;
        this.label = label;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        Long grid = context.chooser().choose(label);
        if (grid == null) {
            return;
        }
        if (!context.async()) {
            context.assigner().assign(officerId, grid);
            return;
        }
        SENDER.post(() -> {
            String message;
            try {
                context.assigner().assign(officerId, grid);
                message = NbBundle.getMessage(AssignToGrid.class, "MSG_Assigned", label);
            } catch (RuntimeException refused) {
                message = NbBundle.getMessage(AssignToGrid.class, "MSG_NotAssigned", label, refused.getMessage());
            }
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message));
        });
    }
}

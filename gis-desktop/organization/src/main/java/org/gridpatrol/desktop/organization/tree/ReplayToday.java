package org.gridpatrol.desktop.organization.tree;

import java.awt.event.ActionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.swing.AbstractAction;
import org.openide.util.NbBundle;

/** Opens the replay of the officer's track from midnight (the supervisor's) until now. */
final class ReplayToday extends AbstractAction {
    private static final long serialVersionUID = 1L;
    private final transient ExplorerContext context;
    private final long officerId;

    ReplayToday(ExplorerContext context, long officerId) {
        super(NbBundle.getMessage(ReplayToday.class, "ACT_ReplayToday"));
        this.context = context;
        this.officerId = officerId;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        Instant now = context.clock().instant();
        Instant midnight = LocalDate.ofInstant(now, context.zone()).atStartOfDay(context.zone()).toInstant();
        context.replay().open(List.of(officerId), midnight, now, midnight);
    }
}

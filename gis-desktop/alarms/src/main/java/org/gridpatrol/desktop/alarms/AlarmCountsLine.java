package org.gridpatrol.desktop.alarms;

import java.awt.Component;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.gridpatrol.model.alarm.AlarmView;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle;
import org.openide.util.lookup.ServiceProvider;

/** The alarms waiting for handling, counted by type, at the right of the main window's status bar. */
@ServiceProvider(service = StatusLineElementProvider.class, position = 100)
public final class AlarmCountsLine implements StatusLineElementProvider {
    private static final JLabel LABEL = new JLabel();

    static {
        LABEL.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
    }

    @Override
    public Component getStatusLineElement() {
        return LABEL;
    }

    /** @param alarms the alarms the window holds now */
    static void show(List<AlarmView> alarms) {
        String counts = AlarmCounts.line(AlarmCounts.unhandled(alarms), type -> AlarmTableModel.label("TYPE_", type));
        String text = counts.isEmpty() ? NbBundle.getMessage(AlarmCountsLine.class, "STATUS_NoAlarms")
                : NbBundle.getMessage(AlarmCountsLine.class, "STATUS_Unhandled", counts);
        SwingUtilities.invokeLater(() -> LABEL.setText(text));
    }
}

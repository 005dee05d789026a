package org.gridpatrol.desktop.alarms;

import java.awt.BorderLayout;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.DefaultListCellRenderer;
import org.gridpatrol.model.alarm.AlarmView;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/** Asks for the note of an acknowledgement, or the disposition and note of a handling. */
final class HandlingForm extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JComboBox<String> disposition = new JComboBox<>(AlarmHandling.DISPOSITIONS);
    private final JTextArea note = new JTextArea(4, 36);

    /** What the supervisor entered. @param disposition null for an acknowledgement @param note the note */
    record Answer(String disposition, String note) {
    }

    private HandlingForm(AlarmView alarm, String officer, String started, boolean handle) {
        super(new BorderLayout(6, 6));
        add(new JLabel(AlarmTableModel.label("TYPE_", alarm.type()) + " \u00b7 " + officer + " \u00b7 " + started),
                BorderLayout.NORTH);
        if (handle) {
            disposition.setRenderer(new DefaultListCellRenderer() {
                private static final long serialVersionUID = 1L;

                @Override
                public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                       boolean selected, boolean focus) {
                    return super.getListCellRendererComponent(list, AlarmTableModel.label("DISPOSITION_", (String) value),
                            index, selected, focus);
                }
            });
            JPanel row = new JPanel(new BorderLayout(6, 0));
            row.add(new JLabel(text("LBL_Disposition")), BorderLayout.WEST);
            row.add(disposition, BorderLayout.CENTER);
            add(row, BorderLayout.CENTER);
        }
        JPanel notes = new JPanel(new BorderLayout(0, 4));
        notes.add(new JLabel(text("LBL_Note")), BorderLayout.NORTH);
        note.setLineWrap(true);
        notes.add(new JScrollPane(note), BorderLayout.CENTER);
        add(notes, BorderLayout.SOUTH);
    }

    /**
     * @param officer his badge and name, as the table shows them
     * @param started when it began, as the table shows it
     * @return what was entered, or null when cancelled
     */
    static Answer ask(AlarmView alarm, String officer, String started, boolean handle) {
        HandlingForm form = new HandlingForm(alarm, officer, started, handle);
        DialogDescriptor dialog = new DialogDescriptor(form, text(handle ? "TITLE_Handle" : "TITLE_Acknowledge"));
        if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
            return null;
        }
        return new Answer(handle ? (String) form.disposition.getSelectedItem() : null, form.note.getText());
    }

    private static String text(String key) {
        return NbBundle.getMessage(HandlingForm.class, key);
    }
}

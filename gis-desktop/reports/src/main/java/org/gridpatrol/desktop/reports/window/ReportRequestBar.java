package org.gridpatrol.desktop.reports.window;

import java.awt.event.ActionListener;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import org.gridpatrol.desktop.organization.api.OrgUnitPicker;
import org.gridpatrol.desktop.reports.api.DutyReports;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportPeriod;
import org.openide.util.NbBundle;

/** What report to run: org unit, period and day; the run and export buttons. */
final class ReportRequestBar extends JToolBar {
    private static final long serialVersionUID = 1L;

    private final JComboBox<OrgUnitChoice> unit = new JComboBox<>();
    private final JComboBox<ReportPeriod> period = new JComboBox<>(ReportPeriod.values());
    private final JTextField day = new JTextField(LocalDate.now().minusDays(1).toString(), 8);
    private final JButton run = new JButton(text("BTN_Run"));
    private final JButton xlsx = new JButton(text("BTN_ExportXlsx"));
    private final JButton pdf = new JButton(text("BTN_ExportPdf"));
    private final JButton tree = new JButton(text("BTN_PickUnit"));

    /** @param picker the organization tree to choose the unit in, or null when that module is absent */
    ReportRequestBar(OrgUnitPicker picker) {
        setFloatable(false);
        // a tool bar stretches its fields to the window's width: keep them to their size
        unit.setPrototypeDisplayValue(new OrgUnitChoice(new OrgUnit(0, null, null, "\u3000".repeat(12), null, null, true,
                null, null), 0));
        unit.setMaximumSize(unit.getPreferredSize());
        period.setMaximumSize(period.getPreferredSize());
        day.setMaximumSize(day.getPreferredSize());
        period.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                    boolean selected, boolean focus) {
                Object shown = value == null ? "" : text("PERIOD_" + value);
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        add(new JLabel(text("LBL_OrgUnit")));
        add(unit);
        tree.setName("pickUnit");
        tree.setToolTipText(text("TIP_PickUnit"));
        tree.setEnabled(picker != null);
        tree.addActionListener(e -> {
            OrgUnitChoice current = (OrgUnitChoice) unit.getSelectedItem();
            picker.pick(text("TITLE_PickUnit"), current == null ? null : current.unit().id()).ifPresent(this::choose);
        });
        add(tree);
        addSeparator();
        add(new JLabel(text("LBL_Period")));
        add(period);
        addSeparator();
        add(new JLabel(text("LBL_Day")));
        add(day);
        addSeparator();
        add(run);
        addSeparator();
        add(xlsx);
        add(pdf);
        exportable(false);
    }

    /** @param choices the org units to offer; the first is selected */
    void offer(List<OrgUnitChoice> choices) {
        unit.removeAllItems();
        choices.forEach(unit::addItem);
    }

    /** @param chosen the unit the report is for from now on, as chosen in the organization tree */
    void choose(OrgUnit chosen) {
        for (int i = 0; i < unit.getItemCount(); i++) {
            if (unit.getItemAt(i).unit().id() == chosen.id()) {
                unit.setSelectedIndex(i);
                return;
            }
        }
        // not offered yet (the list was read before the unit was made): offer it too
        OrgUnitChoice added = new OrgUnitChoice(chosen, 0);
        unit.addItem(added);
        unit.setSelectedItem(added);
    }

    /**
     * @return the report asked for
     * @throws IllegalArgumentException with a sentence for the user when the day or unit is missing
     */
    NewReportJob request() {
        OrgUnitChoice chosen = (OrgUnitChoice) unit.getSelectedItem();
        if (chosen == null) {
            throw new IllegalArgumentException(text("MSG_NoUnit"));
        }
        try {
            return new NewReportJob(chosen.unit().id(), (ReportPeriod) period.getSelectedItem(),
                    LocalDate.parse(day.getText().strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NbBundle.getMessage(ReportRequestBar.class, "MSG_BadDay", day.getText()));
        }
    }

    /** @return the unit's name as chosen, for titles and file names */
    String unitName() {
        OrgUnitChoice chosen = (OrgUnitChoice) unit.getSelectedItem();
        return chosen == null ? "" : chosen.unit().name();
    }

    void onRun(ActionListener listener) {
        run.addActionListener(listener);
    }

    void onExport(DutyReports.Format format, ActionListener listener) {
        (format == DutyReports.Format.XLSX ? xlsx : pdf).addActionListener(listener);
    }

    /** @param running true while a job runs: the run button waits for it */
    void running(boolean running) {
        run.setEnabled(!running);
    }

    /** @param ready true once a report is shown */
    void exportable(boolean ready) {
        xlsx.setEnabled(ready);
        pdf.setEnabled(ready);
    }

    private static String text(String key) {
        return NbBundle.getMessage(ReportRequestBar.class, key);
    }
}

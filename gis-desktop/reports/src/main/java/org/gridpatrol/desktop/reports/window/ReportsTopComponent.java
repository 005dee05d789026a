package org.gridpatrol.desktop.reports.window;

import java.awt.BorderLayout;
import java.time.Duration;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.organization.api.OrgUnitPicker;
import org.gridpatrol.desktop.reports.api.DutyReports;
import org.gridpatrol.desktop.reports.chart.ReportChartsPanel;
import org.gridpatrol.desktop.reports.run.JobWatch;
import org.gridpatrol.desktop.reports.run.ReportRun;
import org.gridpatrol.desktop.reports.table.DutyTableModel;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.NewReportJob;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The reports window: pick an org unit, period and day, run the duty report as a server job
 * (progress bar, cancellable), read it as a sortable table and charts, export it.
 */
@TopComponent.Description(preferredID = "ReportsTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 40)
@ActionID(category = "Window", id = "org.gridpatrol.desktop.reports.window.ReportsTopComponent")
@ActionReference(path = "Menu/Window", position = 50)
@TopComponent.OpenActionRegistration(displayName = "#CTL_ReportsAction", preferredID = "ReportsTopComponent")
public final class ReportsTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor JOBS = new RequestProcessor("GridPatrol reports");

    private final transient DutyReports reports;
    private final transient ServerConnection connection;
    private final transient ReportExport export;
    private final ReportRequestBar bar = new ReportRequestBar(Lookup.getDefault().lookup(OrgUnitPicker.class));
    private final DutyTableModel model = new DutyTableModel();
    private final ReportChartsPanel charts = new ReportChartsPanel();
    private final JLabel status = new JLabel(" ");
    private final JTable table;
    private Long shownJob;
    private String shownName = "report";

    /** Creates the reports window. */
    public ReportsTopComponent() {
        reports = Lookup.getDefault().lookup(DutyReports.class);
        connection = Connections.server();
        export = new ReportExport(reports, status::setText);
        setName(NbBundle.getMessage(ReportsTopComponent.class, "CTL_ReportsTopComponent"));
        setLayout(new BorderLayout());
        add(bar, BorderLayout.NORTH);
        table = new JTable(model);
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), charts);
        split.setResizeWeight(0.45);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        bar.onRun(e -> run());
        for (DutyReports.Format format : DutyReports.Format.values()) {
            bar.onExport(format, e -> {
                if (shownJob != null) {
                    export.save(this, shownJob, format, shownName);
                }
            });
        }
        connection.whenSignedIn(() -> JOBS.post(this::loadUnits));
    }

    private void loadUnits() {
        try {
            List<OrgUnitChoice> choices = OrgUnitChoice.load(connection);
            SwingUtilities.invokeLater(() -> bar.offer(choices));
        } catch (ServerException e) {
            SwingUtilities.invokeLater(() -> status.setText(text("MSG_UnitsFailed", e.getMessage())));
        }
    }

    private void run() {
        NewReportJob request;
        try {
            request = bar.request();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        String title = bar.unitName() + " " + text("PERIOD_" + request.period()) + " " + request.date();
        bar.running(true);
        status.setText(text("MSG_Started", title));
        JOBS.post(() -> {
            ReportRun run = new ReportRun(title);
            String said;
            JobWatch.Outcome outcome = null;
            try {
                outcome = new JobWatch(reports, Duration.ofMillis(500)).follow(request, run);
                said = outcome.done() ? text("MSG_Done", title, outcome.report().officers().size())
                        : text("MSG_Ended", title, outcome.job().state(),
                                outcome.job().error() == null ? "" : outcome.job().error());
            } catch (ServerException e) {
                said = text("MSG_Refused", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                said = text("MSG_Ended", title, "CANCELLED", "");
            } finally {
                run.finish();
            }
            JobWatch.Outcome ended = outcome;
            String told = said;
            SwingUtilities.invokeLater(() -> {
                bar.running(false);
                status.setText(told);
                if (ended != null && ended.done()) {
                    show(ended.job().id(), ended.report(), title);
                }
            });
        });
    }

    private void show(long jobId, DutyReport report, String title) {
        shownJob = jobId;
        shownName = title.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        model.show(report);
        table.getColumnModel().getColumn(1).setPreferredWidth(160);
        charts.show(report);
        bar.exportable(true);
    }

    private static String text(String key, Object... values) {
        return NbBundle.getMessage(ReportsTopComponent.class, key, values);
    }
}

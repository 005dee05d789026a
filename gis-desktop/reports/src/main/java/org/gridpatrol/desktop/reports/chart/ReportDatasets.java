package org.gridpatrol.desktop.reports.chart;

import org.gridpatrol.desktop.reports.table.AlarmTypes;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.OfficerReport;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openide.util.NbBundle;

/** The numbers a duty report's charts draw, apart from the drawing so that they can be checked. */
public final class ReportDatasets {
    /** Row of the time inside the officer's own grids. */
    public static final int INSIDE = 0;
    /** Row of the time outside them. */
    public static final int OUTSIDE = 1;

    private ReportDatasets() {
    }

    /**
     * @param report a duty report
     * @return hours on duty inside (row 0) and outside (row 1) each officer's grids, officers by rank
     */
    public static DefaultCategoryDataset insideOutside(DutyReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String inside = NbBundle.getMessage(ReportDatasets.class, "SERIES_Inside");
        String outside = NbBundle.getMessage(ReportDatasets.class, "SERIES_Outside");
        for (OfficerReport officer : report.officers()) {
            // the badge keeps two officers of the same name apart
            String who = officer.name() + " " + officer.badgeNo();
            data.addValue(officer.current().insideS() / 3600.0, inside, who);
            data.addValue(officer.current().outsideS() / 3600.0, outside, who);
        }
        return data;
    }

    /**
     * @param report a duty report
     * @return alarms of all its officers by type (one row, one column per type present)
     */
    public static DefaultCategoryDataset alarmsByType(DutyReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String alarms = NbBundle.getMessage(ReportDatasets.class, "SERIES_Alarms");
        for (String type : AlarmTypes.of(report)) {
            int count = report.officers().stream().mapToInt(o -> AlarmTypes.count(o, type)).sum();
            data.addValue(count, alarms, AlarmTypes.label(type));
        }
        return data;
    }
}

package org.gridpatrol.desktop.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.gridpatrol.desktop.reports.SampleReports;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The numbers behind the report's charts. */
class ReportDatasetsTest {

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void insideAndOutsideHoursPerOfficerByRank() {
        DefaultCategoryDataset data = ReportDatasets.insideOutside(SampleReports.day());
        assertEquals(List.of("王伟 A001", "李娜 A002", "赵强 A003"), data.getColumnKeys());
        assertEquals("Inside own grids", data.getRowKey(ReportDatasets.INSIDE));
        assertEquals(6.0, data.getValue(ReportDatasets.INSIDE, 0).doubleValue(), 1e-9);
        assertEquals(1.0, data.getValue(ReportDatasets.OUTSIDE, 0).doubleValue(), 1e-9);
        assertEquals(3.0, data.getValue(ReportDatasets.OUTSIDE, 1).doubleValue(), 1e-9);
        assertEquals(0.0, data.getValue(ReportDatasets.INSIDE, 2).doubleValue(), 1e-9);
    }

    @Test
    void alarmsOfAllOfficersAddedUpByType() {
        DefaultCategoryDataset data = ReportDatasets.alarmsByType(SampleReports.day());
        assertEquals(List.of("Cross-zone", "Off post", "Still", "Late (alarm)", "Absent (alarm)"), data.getColumnKeys());
        assertEquals(3, data.getValue(0, 0).intValue());
        assertEquals(3, data.getValue("Alarms", "Off post").intValue(), "Wang 1 + Li 2");
        assertEquals(1, data.getValue("Alarms", "Absent (alarm)").intValue());
    }
}

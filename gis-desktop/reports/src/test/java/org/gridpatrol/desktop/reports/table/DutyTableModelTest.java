package org.gridpatrol.desktop.reports.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableRowSorter;
import org.gridpatrol.desktop.reports.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The duty report's table: columns, values, and sorting by value rather than by text. */
class DutyTableModelTest {

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static DutyTableModel model() {
        DutyTableModel model = new DutyTableModel();
        model.show(SampleReports.day());
        return model;
    }

    private static int column(DutyTableModel model, String header) {
        for (int c = 0; c < model.getColumnCount(); c++) {
            if (model.getColumnName(c).equals(header)) {
                return c;
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void hasOneColumnPerAlarmTypeNotCountedApartInTheUsualOrder() {
        DutyTableModel model = model();
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < model.getColumnCount(); c++) {
            headers.add(model.getColumnName(c));
        }
        int crossZone = headers.indexOf("Cross-zone");
        // late and absent alarms are the attendance columns already
        assertEquals(List.of("Cross-zone", "Off post", "Still", "Late"), headers.subList(crossZone, crossZone + 4));
        assertEquals(3, model.getRowCount());
        assertEquals(9 + 3 + 6, model.getColumnCount());
    }

    @Test
    void showsTheFiguresOfEachOfficer() {
        DutyTableModel model = model();
        assertEquals("王伟 (A001)", model.getValueAt(0, column(model, "Officer")));
        assertEquals("6:00", model.getValueAt(0, column(model, "Inside own grids (h)")).toString());
        assertEquals(12.3, model.getValueAt(0, column(model, "Mileage (km)")));
        assertEquals(3, model.getValueAt(1, column(model, "Cross-zone")));
        assertEquals(2, model.getValueAt(1, column(model, "Off post")));
        assertEquals(0, model.getValueAt(2, column(model, "Off post")));
        assertEquals(1, model.getValueAt(2, column(model, "Absent")));
        assertEquals(4, model.getValueAt(2, column(model, "Missed")));
    }

    @Test
    void comparesWithThePreviousPeriod() {
        DutyTableModel model = model();
        assertEquals(2, model.getValueAt(0, column(model, "Rank change")), "Wang rose from 3rd to 1st");
        assertEquals(-1, model.getValueAt(1, column(model, "Rank change")), "Li fell from 1st to 2nd");
        assertEquals("+50%", model.getValueAt(0, column(model, "Inside vs previous")).toString());
        assertEquals("\u221250%", model.getValueAt(1, column(model, "Inside vs previous")).toString());
        assertEquals("\u2014", model.getValueAt(2, column(model, "Inside vs previous")).toString());
    }

    @Test
    void sortsDurationsByTimeNotByText() {
        DutyTableModel model = model();
        TableRowSorter<DutyTableModel> sorter = new TableRowSorter<>(model);
        int outside = column(model, "Outside (h)");
        sorter.setSortKeys(List.of(new RowSorter.SortKey(outside, SortOrder.DESCENDING)));
        // as text "1:00" < "3:00" < "0:00" would not hold; by time Li (3 h), Wang (1 h), Zhao (0)
        assertEquals(List.of(1, 0, 2), List.of(sorter.convertRowIndexToModel(0), sorter.convertRowIndexToModel(1),
                sorter.convertRowIndexToModel(2)));
        sorter.setSortKeys(List.of(new RowSorter.SortKey(column(model, "Mileage vs previous"), SortOrder.ASCENDING)));
        assertEquals(2, sorter.convertRowIndexToModel(0), "no previous period sorts first");
        assertEquals(1, sorter.convertRowIndexToModel(1), "Li lost 11% of her mileage");
    }
}

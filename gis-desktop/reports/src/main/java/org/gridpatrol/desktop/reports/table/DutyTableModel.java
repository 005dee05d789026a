package org.gridpatrol.desktop.reports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;
import org.gridpatrol.model.report.DutyFigures;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.OfficerReport;
import org.openide.util.NbBundle;

/**
 * A duty report as a table, one row per officer: rank, time on duty and inside/outside his
 * grids, mileage, checkpoints, one column per alarm type the report holds (but those of
 * checkpoints and attendance, which have columns of their own), attendance, and
 * the change against the previous period. Values keep their type so that a row sorter sorts
 * numbers as numbers.
 */
public final class DutyTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    private transient List<Column> columns = List.of();
    private transient List<OfficerReport> rows = List.of();

    /** A column: its header, the type of its values, how to read a row. */
    private record Column(String header, Class<?> type, Function<OfficerReport, Object> value) {
    }

    /** @param report the report to show; replaces the one shown, columns included */
    public void show(DutyReport report) {
        List<Column> built = new ArrayList<>();
        built.add(column("COL_Rank", Integer.class, o -> o.rank()));
        built.add(column("COL_Officer", String.class, o -> o.name() + " (" + o.badgeNo() + ")"));
        built.add(column("COL_OnDuty", Hours.class, o -> new Hours(o.current().onDutyS())));
        built.add(column("COL_Inside", Hours.class, o -> new Hours(o.current().insideS())));
        built.add(column("COL_Outside", Hours.class, o -> new Hours(o.current().outsideS())));
        built.add(column("COL_Mileage", Double.class, o -> Math.round(o.current().mileageM() / 100.0) / 10.0));
        built.add(column("COL_CheckpointsDone", Integer.class, o -> o.current().checkpointsDone()));
        built.add(column("COL_CheckpointsMissed", Integer.class, o -> o.current().checkpointsMissed()));
        built.add(column("COL_CheckpointsOutOfOrder", Integer.class, o -> o.current().checkpointsOutOfOrder()));
        for (String type : AlarmTypes.of(report)) {
            if (AlarmTypes.COUNTED_APART.contains(type)) {
                continue;
            }
            built.add(new Column(AlarmTypes.label(type), Integer.class, o -> AlarmTypes.count(o, type)));
        }
        built.add(column("COL_Late", Integer.class, o -> o.current().late()));
        built.add(column("COL_EarlyLeave", Integer.class, o -> o.current().earlyLeave()));
        built.add(column("COL_Absent", Integer.class, o -> o.current().absent()));
        built.add(column("COL_RankChange", Integer.class, DutyTableModel::rankChange));
        built.add(column("COL_InsideChange", Change.class, o -> change(o, DutyFigures::insideS)));
        built.add(column("COL_MileageChange", Change.class, o -> change(o, f -> f.mileageM())));
        columns = List.copyOf(built);
        rows = List.copyOf(report.officers());
        fireTableStructureChanged();
    }

    /**
     * @param officer a line of the report
     * @return places gained since the previous period (negative: lost), 0 without a previous rank
     */
    static int rankChange(OfficerReport officer) {
        return officer.previousRank() <= 0 ? 0 : officer.previousRank() - officer.rank();
    }

    private static Change change(OfficerReport officer, Function<DutyFigures, Number> figure) {
        if (officer.previous() == null) {
            return new Change(null);
        }
        return Change.of(figure.apply(officer.current()).doubleValue(), figure.apply(officer.previous()).doubleValue());
    }

    private static Column column(String key, Class<?> type, Function<OfficerReport, Object> value) {
        return new Column(NbBundle.getMessage(DutyTableModel.class, key), type, value);
    }

    /**
     * @param row a row of the model (not of a sorted view)
     * @return the officer's line
     */
    public OfficerReport officer(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).header();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}

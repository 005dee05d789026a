package org.gridpatrol.server.report.export;

import java.util.List;
import java.util.Locale;
import org.gridpatrol.model.report.DutyFigures;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.OfficerReport;

/**
 * Column titles (Chinese and English) and the cells of one officer's line, shared by the XLSX and
 * PDF exports so both say the same thing.
 */
final class ReportLabels {
    static final String TITLE = "值勤报表 Duty report";
    static final List<String> COLUMNS = List.of("排名 Rank", "上期 Prev.", "警号 Badge", "姓名 Name", "在岗(时) On duty h",
            "网格内(时) Inside h", "网格外(时) Outside h", "里程(千米) km", "上期里程 Prev. km", "巡检完成 Checkpoints",
            "漏检 Missed", "跳检 Out of order", "报警 Alarms", "报警时长(分) Alarm min", "迟到 Late", "早退 Early", "缺勤 Absent",
            "覆盖率 Coverage");

    private ReportLabels() {
    }

    static String period(DutyReport report) {
        String kind = switch (report.period()) {
            case DAY -> "日报 Day";
            case WEEK -> "周报 Week";
            case MONTH -> "月报 Month";
        };
        return report.orgUnitName() + " · " + kind + " " + report.day();
    }

    /** @return the cells of the officer's line: numbers as Double, text as String */
    static List<Object> cells(OfficerReport o) {
        DutyFigures f = o.current();
        return List.of(o.rank(), o.previousRank(), o.badgeNo(), o.name(), hours(f.onDutyS()), hours(f.insideS()),
                hours(f.outsideS()), km(f.mileageM()), km(o.previous().mileageM()), f.checkpointsDone(),
                f.checkpointsMissed(), f.checkpointsOutOfOrder(), f.alarms(), Math.round(f.alarmS() / 6.0) / 10.0,
                f.late(), f.earlyLeave(), f.absent(), f.coverage() == null ? "—" : percent(f.coverage()));
    }

    static double hours(long seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    static double km(double metres) {
        return Math.round(metres) / 1000.0;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}

package org.gridpatrol.server.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridpatrol.model.report.AlarmTally;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.GridShare;
import org.gridpatrol.model.report.OfficerReport;

/** A duty report as an XLSX workbook: the ranked officers, their alarms by type, their grids' coverage. */
public final class DutyWorkbook {
    private DutyWorkbook() {
    }

    /** @return the workbook's bytes */
    public static byte[] write(DutyReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet duty = book.createSheet("值勤 Duty");
            row(duty, 0, bold, List.of(ReportLabels.TITLE, ReportLabels.period(report)));
            row(duty, 1, bold, List.copyOf(ReportLabels.COLUMNS));
            int r = 2;
            for (OfficerReport o : report.officers()) {
                row(duty, r++, null, ReportLabels.cells(o));
            }
            Sheet alarms = book.createSheet("报警 Alarms");
            row(alarms, 0, bold, List.of("警号 Badge", "姓名 Name", "类型 Type", "次数 Count", "时长(分) Minutes",
                    "属实 Confirmed", "免责 Excused", "误报 False", "未处理 Unhandled"));
            r = 1;
            for (OfficerReport o : report.officers()) {
                for (AlarmTally t : o.alarms()) {
                    row(alarms, r++, null, List.of(o.badgeNo(), o.name(), t.type(), t.count(), t.durationS() / 60.0,
                            t.confirmed(), t.excused(), t.falseAlarm(), t.unhandled()));
                }
            }
            Sheet grids = book.createSheet("覆盖 Coverage");
            row(grids, 0, bold, List.of("警号 Badge", "姓名 Name", "网格 Grid", "面积(㎡) Area m²", "覆盖(㎡) Covered m²",
                    "覆盖率 Share"));
            r = 1;
            for (OfficerReport o : report.officers()) {
                for (GridShare g : o.grids()) {
                    row(grids, r++, null, List.of(o.badgeNo(), o.name(), g.name(), Math.round(g.gridAreaM2()),
                            Math.round(g.coveredAreaM2()), ReportLabels.percent(g.areaShare())));
                }
            }
            duty.createFreezePane(0, 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, List<?> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}

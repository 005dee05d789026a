package org.gridpatrol.server.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.report.AlarmTally;
import org.gridpatrol.model.report.DutyFigures;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.GridShare;
import org.gridpatrol.model.report.OfficerReport;
import org.gridpatrol.model.report.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class DutyExportTest {
    private static DutyReport report() {
        DutyFigures f = new DutyFigures(8 * 3600, 7 * 3600, 3600, 12_345, 4, 1, 2, 3, 900, 1, 0, 0, 0.42);
        var grid = GeoJson.write(GeoJson.factory().toGeometry(new Envelope(117.36, 117.37, 32.93, 32.94)));
        var covered = GeoJson.write(GeoJson.factory().toGeometry(new Envelope(117.36, 117.365, 32.93, 32.94)));
        OfficerReport o = new OfficerReport(7, "BS0007", "张三", 3, 1, 2, f, f,
                List.of(new AlarmTally("OFF_POST", 3, 900, 1, 1, 0, 1)),
                List.of(new GridShare(11, "东风网格", 1.0e6, 4.2e5, 0.42, grid, covered)));
        return new DutyReport(3, "一中队", ReportPeriod.DAY, LocalDate.of(2026, 11, 2), Instant.parse("2026-11-01T16:00:00Z"),
                Instant.parse("2026-11-02T16:00:00Z"), Instant.parse("2026-10-31T16:00:00Z"), Instant.now(), List.of(o));
    }

    @Test
    void thePdfCarriesTheChineseTextWithAnEmbeddedFont() throws Exception {
        byte[] bytes = DutyPdf.write(report(), CjkFont.find(), 10);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("值勤报表"), text);
            assertTrue(text.contains("张三"), text);
            assertTrue(text.contains("东风网格"), text);
            assertTrue(text.contains("一中队"), text);
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext()
                    || pdf.getNumberOfPages() >= 1, "a page with the map");
        }
    }

    @Test
    void theWorkbookHoldsOneLinePerOfficerAndTheAlarmsByType() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DutyWorkbook.write(report())))) {
            assertEquals("张三", book.getSheetAt(0).getRow(2).getCell(3).getStringCellValue());
            assertEquals(8.0, book.getSheetAt(0).getRow(2).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(12.345, book.getSheetAt(0).getRow(2).getCell(7).getNumericCellValue(), 1e-9);
            assertEquals("OFF_POST", book.getSheetAt(1).getRow(1).getCell(2).getStringCellValue());
            assertEquals("42.0%", book.getSheetAt(2).getRow(1).getCell(5).getStringCellValue());
        }
    }
}

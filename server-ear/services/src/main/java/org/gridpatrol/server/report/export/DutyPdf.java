package org.gridpatrol.server.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.GridShare;
import org.gridpatrol.model.report.OfficerReport;

/**
 * A duty report as a landscape A4 PDF: the ranked table, then each officer's grids as small maps
 * with the covered area. The CJK font is embedded as a subset, so the text reads and searches
 * the same on a machine without it.
 */
public final class DutyPdf {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 30;
    private static final float[] WIDTHS = {28, 28, 58, 54, 40, 40, 40, 40, 40, 40, 30, 30, 30, 40, 28, 28, 28, 40};
    private static final int MAP_PX = 300;
    private static final float MAP_PT = 150;

    private DutyPdf() {
    }

    /**
     * @param report   the report
     * @param fontFile a TrueType font or collection with CJK glyphs ({@link CjkFont#find()})
     * @param maxMaps  at most this many grid maps (a month of a brigade would otherwise print hundreds)
     * @return the PDF's bytes
     */
    public static byte[] write(DutyReport report, Path fontFile, int maxMaps) {
        boolean collection = fontFile.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
        // a collection stays open until the document has embedded from it
        try (TrueTypeCollection fonts = collection ? new TrueTypeCollection(fontFile.toFile()) : null;
             PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = fonts != null ? first(pdf, fonts) : PDType0Font.load(pdf, fontFile.toFile());
            Pages pages = new Pages(pdf, font);
            pages.text(ReportLabels.TITLE, 16);
            pages.text(ReportLabels.period(report), 11);
            pages.row(ReportLabels.COLUMNS.stream().map(Object.class::cast).toList(), WIDTHS, 6.5f);
            for (OfficerReport o : report.officers()) {
                pages.row(ReportLabels.cells(o), WIDTHS, 7);
            }
            int maps = 0;
            for (OfficerReport o : report.officers()) {
                for (GridShare g : o.grids()) {
                    if (maps++ >= maxMaps || g.grid() == null) {
                        continue;
                    }
                    PDImageXObject image = LosslessFactory.createFromImage(pdf, GridMapImage.draw(g.grid(), g.covered(), MAP_PX));
                    pages.map(image, MAP_PT, o.name() + " · " + g.name() + " · 覆盖率 coverage " + ReportLabels.percent(g.areaShare()));
                }
            }
            pages.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    private static PDFont first(PDDocument pdf, TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(ttf -> {
            if (first[0] == null) {
                first[0] = ttf;
            }
        });
        return PDType0Font.load(pdf, first[0], true);
    }

    /** Writes lines and images top-down, starting a new page when the current one is full. */
    private static final class Pages {
        private final PDDocument pdf;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;
        private float mapX = MARGIN;

        Pages(PDDocument pdf, PDFont font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PAGE.getHeight() - MARGIN;
            mapX = MARGIN;
        }

        void text(String line, float size) throws IOException {
            room(size + 6);
            put(MARGIN, y - size, line, size);
            y -= size + 6;
        }

        void row(List<Object> cells, float[] widths, float size) throws IOException {
            room(size + 5);
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                put(x, y - size, String.valueOf(cells.get(i)), size);
                x += widths[i] * 1.3f;
            }
            y -= size + 5;
        }

        void map(PDImageXObject image, float side, String caption) throws IOException {
            if (mapX + side > PAGE.getWidth() - MARGIN) {
                mapX = MARGIN;
                y -= side + 20;
            }
            if (y - side - 16 < MARGIN) {
                newPage();
            }
            content.drawImage(image, mapX, y - side, side, side);
            put(mapX, y - side - 10, caption, 6.5f);
            mapX += side + 12;
        }

        private void room(float height) throws IOException {
            if (mapX > MARGIN) {
                y -= MAP_PT + 20;
                mapX = MARGIN;
            }
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void put(float x, float baseline, String text, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}

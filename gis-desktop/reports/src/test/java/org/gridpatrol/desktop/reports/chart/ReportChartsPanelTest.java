package org.gridpatrol.desktop.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.gridpatrol.desktop.reports.SampleReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts panel drawn off-screen: the bars' colours are where and as long as the figures say. */
class ReportChartsPanelTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 400;

    @BeforeAll
    static void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    private static BufferedImage render() {
        ReportChartsPanel panel = new ReportChartsPanel();
        panel.show(SampleReports.day());
        panel.setSize(WIDTH, HEIGHT);
        layOut(panel);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        panel.printAll(g);
        g.dispose();
        try {
            // kept for a person to look at
            ImageIO.write(image, "png", new File("target/report-charts.png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }

    /** Lays out the whole tree, as showing it would (validate() does nothing without a native peer). */
    private static void layOut(Container container) {
        container.doLayout();
        for (Component child : container.getComponents()) {
            if (child instanceof Container inner) {
                layOut(inner);
            }
        }
    }

    private static int count(BufferedImage image, Color colour, int fromX, int toX) {
        int n = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void stackedBarsShowInsideAndOutsideTimeInProportion() {
        BufferedImage image = render();
        // legend swatches are small and equal for both series; bars dominate the count
        int inside = count(image, ReportChartsPanel.INSIDE, 0, WIDTH / 2);
        int outside = count(image, ReportChartsPanel.OUTSIDE, 0, WIDTH / 2);
        assertTrue(inside > 2000, "inside bars drawn: " + inside + " pixels");
        // 9 h inside against 4 h outside over all officers
        assertEquals(9.0 / 4.0, (double) inside / outside, 0.25, inside + " inside / " + outside + " outside pixels");
    }

    @Test
    void alarmBarsAreInTheRightHalfOnly() {
        BufferedImage image = render();
        assertTrue(count(image, ReportChartsPanel.ALARMS, WIDTH / 2, WIDTH) > 1000, "alarm bars drawn");
        assertEquals(0, count(image, ReportChartsPanel.ALARMS, 0, WIDTH / 2 - 4));
        assertEquals(0, count(image, ReportChartsPanel.INSIDE, WIDTH / 2 + 4, WIDTH));
    }
}

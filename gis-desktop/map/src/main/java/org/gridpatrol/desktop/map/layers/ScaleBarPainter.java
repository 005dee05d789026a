package org.gridpatrol.desktop.map.layers;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/**
 * The scale bar in the map's lower left corner: a black bar of a round length over a white
 * band, its length written above it. Drawn in screen pixels, not map pixels.
 */
public final class ScaleBarPainter implements Painter<JXMapViewer> {
    /** Colour of the bar. */
    public static final Color BAR = Color.BLACK;
    /** Left end of the bar, pixels from the map's left edge. */
    public static final int LEFT = 14;
    /** Top of the bar, pixels above the map's bottom edge. */
    public static final int ABOVE_BOTTOM = 16;
    /** Thickness of the bar. */
    public static final int THICKNESS = 4;
    private static final int MAX_PIXELS = 120;
    private static final Color BAND = new Color(255, 255, 255, 190);
    private static final Font LABEL = new Font(Font.DIALOG, Font.BOLD, 11);

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        ScaleBar bar = ScaleBar.fitting(ScaleBar.metresPerPixel(map), Math.min(MAX_PIXELS, width / 3.0));
        if (bar.metres() <= 0) {
            return;
        }
        int length = (int) Math.round(bar.pixels());
        int top = height - ABOVE_BOTTOM;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setFont(LABEL);
            FontMetrics metrics = g2.getFontMetrics();
            String label = bar.label();
            int bandWidth = Math.max(length, metrics.stringWidth(label)) + 12;
            g2.setColor(BAND);
            g2.fillRect(LEFT - 6, top - metrics.getHeight() - 4, bandWidth, metrics.getHeight() + THICKNESS + 10);
            g2.setColor(BAR);
            g2.fillRect(LEFT, top, length, THICKNESS);
            g2.fillRect(LEFT, top - 4, 1, THICKNESS + 4);
            g2.fillRect(LEFT + length - 1, top - 4, 1, THICKNESS + 4);
            g2.drawString(label, LEFT, top - 6);
        } finally {
            g2.dispose();
        }
    }
}

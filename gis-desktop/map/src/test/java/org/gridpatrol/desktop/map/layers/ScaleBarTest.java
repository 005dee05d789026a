package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jxmapviewer.viewer.TileFactoryInfo;
import org.junit.jupiter.api.Test;

/** The scale bar: round lengths, metres per pixel by zoom and latitude, and the bar drawn that long. */
class ScaleBarTest {

    @Test
    void aDegreeOfLongitudeShrinksWithLatitudeOnTheEllipsoid() {
        assertEquals(111_319.49, ScaleBar.metresPerDegreeOfLongitude(0), 0.01);
        // published WGS84 value at 60°: 55,800 m
        assertEquals(55_800, ScaleBar.metresPerDegreeOfLongitude(60), 5);
    }

    @Test
    void theBarIsTheLongestRoundLengthThatFits() {
        ScaleBar bar = ScaleBar.fitting(3.7, 120);
        assertEquals(200, bar.metres(), 0);
        assertEquals(200 / 3.7, bar.pixels(), 1e-9);
        assertEquals("200 m", bar.label());
        assertEquals(1000, ScaleBar.fitting(10, 120).metres(), 0);
        assertEquals("1 km", ScaleBar.fitting(10, 120).label());
        assertEquals(5000, ScaleBar.fitting(50, 120).metres(), 0);
        assertEquals("0.5 m", ScaleBar.fitting(0.005, 120).label());
        for (double mpp = 0.01; mpp < 10_000; mpp *= 1.37) {
            ScaleBar b = ScaleBar.fitting(mpp, 120);
            assertTrue(b.pixels() <= 120 && b.pixels() > 120 / 5.0 - 1e-9, mpp + " m/px gives " + b);
        }
    }

    @Test
    void metresPerPixelFollowTheZoomAndTheLatitudeOfTheMapCentre() {
        OffscreenMap map = new OffscreenMap(800, 600, 3, 117.36, 32.93);
        TileFactoryInfo info = map.viewer.getTileFactory().getInfo();
        for (int zoom = 1; zoom <= 8; zoom++) {
            map.viewer.setZoom(zoom);
            double worldPixels = info.getMapWidthInTilesAtZoom(zoom) * (double) info.getTileSize(zoom);
            // spherical Mercator's ground resolution; the ellipsoid differs by under 0.5 %
            double mercator = 40_075_016.686 * Math.cos(Math.toRadians(32.93)) / worldPixels;
            assertEquals(mercator, ScaleBar.metresPerPixel(map.viewer), mercator * 0.005, "zoom " + zoom);
        }
        map.viewer.setZoom(3);
        double here = ScaleBar.metresPerPixel(map.viewer);
        map.viewer.setZoom(2);
        assertEquals(here / 2, ScaleBar.metresPerPixel(map.viewer), here * 1e-6, "one level closer halves it");
        map.viewer.setCenterPosition(new org.jxmapviewer.viewer.GeoPosition(60, 117.36));
        double north = ScaleBar.metresPerPixel(map.viewer);
        assertEquals(here / 2 * Math.cos(Math.toRadians(60)) / Math.cos(Math.toRadians(32.93)), north, north * 0.01);
    }

    @Test
    void theDrawnBarIsAsLongAsItsMetresAtTheMapsResolution() {
        OffscreenMap map = new OffscreenMap(800, 600, 3, 117.36, 32.93);
        for (int zoom : new int[] {1, 3, 6}) {
            map.viewer.setZoom(zoom);
            BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 800, 600);
            new ScaleBarPainter().paint(g, map.viewer, 800, 600);
            g.dispose();
            int row = 600 - ScaleBarPainter.ABOVE_BOTTOM + ScaleBarPainter.THICKNESS / 2;
            int length = 0;
            for (int x = ScaleBarPainter.LEFT; x < 800 && image.getRGB(x, row) == ScaleBarPainter.BAR.getRGB(); x++) {
                length++;
            }
            ScaleBar bar = ScaleBar.fitting(ScaleBar.metresPerPixel(map.viewer), 120);
            assertEquals(bar.metres() / ScaleBar.metresPerPixel(map.viewer), length, 1.0, "zoom " + zoom + ": " + bar.label());
            assertEquals(Color.WHITE.getRGB(), image.getRGB(ScaleBarPainter.LEFT - 3, row), "the band left of the bar");
            assertEquals(Color.WHITE.getRGB(), image.getRGB(ScaleBarPainter.LEFT + length + 1, row), "the band right of it");
        }
    }
}

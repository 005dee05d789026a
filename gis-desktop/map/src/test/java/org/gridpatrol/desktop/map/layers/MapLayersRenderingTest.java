package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.basemap.PlainTileFactory;
import org.gridpatrol.desktop.map.status.OfficerStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.viewer.GeoPosition;

/**
 * The map drawn off-screen: grids, trails, officers and alarms land on the pixels their
 * coordinates project to, in their colours.
 */
class MapLayersRenderingTest {
    // two unit grids side by side and a key area inside the western one, near the demo district
    private static final double LON = 117.36;
    private static final double LAT = 32.93;

    private final GridCatalog catalog = new GridCatalog();
    private final LivePositions positions = new LivePositions();
    private OffscreenMap map;
    private MapLayers layers;

    @BeforeEach
    void setUp() {
        catalog.replace(List.of(
                new MapGrid(1, "UNIT_GRID", "天桥街道-解放社区-001网格", "340303001001001", 7, 0,
                        OffscreenMap.box(LON - 0.004, LAT - 0.003, LON, LAT + 0.003)),
                new MapGrid(2, "UNIT_GRID", "天桥街道-解放社区-002网格", "340303001001002", 7, 0,
                        OffscreenMap.box(LON, LAT - 0.003, LON + 0.004, LAT + 0.003)),
                new MapGrid(3, "KEY_AREA", "客运站站前广场", null, 7, 0,
                        OffscreenMap.box(LON - 0.003, LAT - 0.001, LON - 0.002, LAT + 0.001))));
        map = new OffscreenMap(800, 600, 3, LON, LAT);
        layers = new MapLayers(catalog, positions);
    }

    @Test
    void unitGridsAreFilledBlueInsideAndTheMapStaysWhiteOutside() {
        BufferedImage image = map.render(layers);
        Color inside = OffscreenMap.at(image, map.pixel(LON + 0.002, LAT + 0.002));
        assertTrue(inside.getBlue() > inside.getRed() + 20, "blue fill inside the eastern grid, got " + inside);
        Color outside = OffscreenMap.at(image, map.pixel(LON + 0.006, LAT));
        assertEquals(Color.WHITE, outside, "nothing east of the grids");
    }

    @Test
    void keyAreasAreOrangeAndDrawnAboveTheUnitGridUnderThem() {
        BufferedImage image = map.render(layers);
        Color keyArea = OffscreenMap.at(image, map.pixel(LON - 0.0025, LAT + 0.0005));
        assertTrue(keyArea.getRed() > keyArea.getBlue() + 40, "orange inside the key area, got " + keyArea);
    }

    @Test
    void theSharedBorderIsOutlinedAtItsProjectedPixel() {
        BufferedImage image = map.render(layers);
        Point2D border = map.pixel(LON, LAT + 0.002);
        Color line = Color.WHITE;
        for (int dx = -1; dx <= 1; dx++) {
            Color c = OffscreenMap.at(image, new Point2D.Double(border.getX() + dx, border.getY()));
            line = c.getRed() < line.getRed() ? c : line;
        }
        Color fill = OffscreenMap.at(image, new Point2D.Double(border.getX() + 15, border.getY()));
        assertTrue(line.getRed() < fill.getRed() - 60, "dark outline on the border: " + line + " vs fill " + fill);
    }

    @Test
    void theSelectedGridIsOutlinedInMagenta() {
        catalog.select(2L);
        BufferedImage image = map.render(layers);
        Point2D eastEdge = map.pixel(LON + 0.004, LAT);
        Color edge = OffscreenMap.at(image, eastEdge);
        assertTrue(edge.getRed() > 180 && edge.getGreen() < 120, "magenta outline, got " + edge);
    }

    @Test
    void officersAreDotsAndOneWithAnOpenAlarmIsRinged() {
        positions.add(new OfficerPosition(11, LON + 0.002, LAT - 0.001, Instant.now(), 5));
        positions.add(new OfficerPosition(12, LON - 0.001, LAT + 0.002, Instant.now(), 5));
        positions.alarm(12, true);
        BufferedImage image = map.render(layers);
        Color calm = OffscreenMap.at(image, map.pixel(LON + 0.002, LAT - 0.001));
        Color alarmed = OffscreenMap.at(image, map.pixel(LON - 0.001, LAT + 0.002));
        assertEquals(OfficerStatus.ON_DUTY.colour(), calm);
        assertEquals(OfficerStatus.ON_DUTY.colour(), alarmed, "the dot tells his status; the alarm layer rings him");
        Point2D ring = map.pixel(LON - 0.001, LAT + 0.002);
        Color onRing = OffscreenMap.at(image, new Point2D.Double(ring.getX() + 13, ring.getY()));
        assertTrue(onRing.getRed() > 150 && onRing.getGreen() < 120, "alarm ring 13 px out, got " + onRing);
    }

    @Test
    void aTrailIsDrawnAlongThePathTheOfficerWalked() {
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        positions.add(new OfficerPosition(11, LON + 0.001, LAT - 0.002, t, 5));
        positions.add(new OfficerPosition(11, LON + 0.003, LAT - 0.002, t.plusSeconds(30), 5));
        positions.add(new OfficerPosition(11, LON + 0.003, LAT + 0.002, t.plusSeconds(60), 5));
        positions.select(11L);
        BufferedImage image = map.render(layers);
        Color firstLeg = OffscreenMap.at(image, map.pixel(LON + 0.002, LAT - 0.002));
        Color secondLeg = OffscreenMap.at(image, map.pixel(LON + 0.003, LAT));
        assertEquals(TrailPainter.SELECTED, firstLeg);
        assertEquals(TrailPainter.SELECTED, secondLeg);
        Color off = OffscreenMap.at(image, map.pixel(LON + 0.002, LAT));
        assertTrue(off.getBlue() > off.getRed(), "no trail across the grid's middle, got " + off);
    }

    @Test
    void aSilenceLongerThanTheTrailBreakStartsANewTrailInsteadOfALineAcrossTheGap() {
        Instant t = Instant.now().minusSeconds(3600);
        positions.add(new OfficerPosition(11, LON + 0.001, LAT - 0.002, t, 5));
        positions.add(new OfficerPosition(11, LON + 0.003, LAT - 0.002, t.plusSeconds(30), 5));
        positions.add(new OfficerPosition(11, LON + 0.003, LAT + 0.002, t.plusSeconds(30).plus(LivePositions.TRAIL_BREAK)
                .plusSeconds(1), 5));
        positions.select(11L);
        BufferedImage image = map.render(layers);
        assertTrue(!TrailPainter.SELECTED.equals(OffscreenMap.at(image, map.pixel(LON + 0.003, LAT))), "no line across the gap");
        assertTrue(!TrailPainter.SELECTED.equals(OffscreenMap.at(image, map.pixel(LON + 0.002, LAT - 0.002))),
                "the trail before the silence is gone");
        assertEquals(1, positions.trails().iterator().next().size());
    }

    @Test
    void panningMovesEveryLayerByTheSamePixels() {
        positions.add(new OfficerPosition(11, LON + 0.002, LAT - 0.001, Instant.now(), 5));
        Point2D before = map.pixel(LON + 0.002, LAT - 0.001);
        Point2D center = map.viewer.getCenter();
        map.viewer.setCenter(new Point2D.Double(center.getX() + 100, center.getY() + 40));
        BufferedImage image = map.render(layers);
        assertEquals(OfficerStatus.ON_DUTY.colour(), OffscreenMap.at(image,
                new Point2D.Double(before.getX() - 100, before.getY() - 40)));
    }

    @Test
    void hiddenLayersAreNotDrawn() {
        layers.show(false, true, true);
        BufferedImage image = map.render(layers);
        assertEquals(Color.WHITE, OffscreenMap.at(image, map.pixel(LON + 0.002, LAT + 0.002)));
    }

    @Test
    void theGridUnderThePointerIsTheSmallestKindOnTop() {
        map.render(layers);
        MapGrid keyArea = layers.grids().gridAt(map.viewer, map.pixel(LON - 0.0025, LAT + 0.0005));
        MapGrid east = layers.grids().gridAt(map.viewer, map.pixel(LON + 0.002, LAT));
        assertNotNull(keyArea);
        assertEquals(3, keyArea.id());
        assertEquals(2, east.id());
        assertNull(layers.grids().gridAt(map.viewer, map.pixel(LON + 0.01, LAT)));
    }

    @Test
    void theWholeViewerPaintsPlainTilesThenTheLayers() {
        map.viewer.setOverlayPainter(layers.painter());
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        map.viewer.paint(g);
        g.dispose();
        assertEquals(PlainTileFactory.PAPER, OffscreenMap.at(image, map.pixel(LON + 0.006, LAT)));
        Color inside = OffscreenMap.at(image, map.pixel(LON + 0.002, LAT + 0.002));
        assertTrue(inside.getBlue() > inside.getRed() + 20, "grid over the tiles, got " + inside);
        assertEquals(new GeoPosition(LAT, LON).getLatitude(), map.viewer.getCenterPosition().getLatitude(), 1e-6);
    }
}

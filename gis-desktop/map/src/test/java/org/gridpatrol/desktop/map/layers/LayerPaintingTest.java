package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridpatrol.desktop.map.api.AlarmPlace;
import org.gridpatrol.desktop.map.api.CoveredGrid;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapCheckpoint;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.status.OfficerStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The layers drawn off-screen in the order the user chose: which colour wins where two overlap,
 * hidden layers leave no pixel, checkpoints only of the grids on the map, the covered area.
 */
class LayerPaintingTest {
    private static final Color ON_DUTY = OfficerStatus.ON_DUTY.colour();
    private static final double LON = 117.36;
    private static final double LAT = 32.93;

    private final GridCatalog catalog = new GridCatalog();
    private final LivePositions positions = new LivePositions();
    private final LayerOrder order = new LayerOrder();
    private OffscreenMap map;
    private MapLayers layers;

    @BeforeEach
    void setUp() {
        catalog.replace(List.of(new MapGrid(1, "UNIT_GRID", "解放社区-001网格", "340303001001001", 7, 0,
                OffscreenMap.box(LON - 0.004, LAT - 0.003, LON + 0.004, LAT + 0.003))));
        map = new OffscreenMap(800, 600, 3, LON, LAT);
        layers = new MapLayers(catalog, positions, order);
        // an officer standing on a checkpoint of grid 1; a checkpoint of a grid not on the map
        positions.add(new OfficerPosition(11, LON + 0.001, LAT, Instant.now(), 5));
        layers.checkpoints().show(List.of(new MapCheckpoint(5, 1, "淮河路口", LON + 0.001, LAT, 30),
                new MapCheckpoint(6, 1, "解放路口", LON - 0.002, LAT + 0.001, 30),
                new MapCheckpoint(7, 99, "别的网格", LON - 0.002, LAT - 0.002, 30)));
    }

    @Test
    void theLayerHigherInTheOrderWinsWhereTwoOverlap() throws IOException {
        Point2D both = map.pixel(LON + 0.001, LAT);
        assertEquals(ON_DUTY, OffscreenMap.at(map.render(layers), both), "officers over checkpoints");

        order.raise(MapLayer.CHECKPOINTS);
        order.raise(MapLayer.CHECKPOINTS);
        order.raise(MapLayer.CHECKPOINTS);
        assertEquals(MapLayer.CHECKPOINTS, order.order().get(6));
        BufferedImage image = map.render(layers);
        save(image, "layers-checkpoints-on-top.png");
        assertEquals(CheckpointPainter.CHECKPOINT, OffscreenMap.at(image, both), "checkpoints raised over officers");

        order.lower(MapLayer.CHECKPOINTS);
        order.lower(MapLayer.CHECKPOINTS);
        assertEquals(ON_DUTY, OffscreenMap.at(map.render(layers), both), "and back under them");
    }

    @Test
    void aHiddenLayerLeavesNoPixelAndAllHiddenLeaveTheMapBlank() {
        BufferedImage shown = map.render(layers);
        assertTrue(count(shown, CheckpointPainter.CHECKPOINT) > 20, "checkpoints drawn while shown");
        assertTrue(count(shown, ON_DUTY) > 20, "officer drawn while shown");

        order.setVisible(MapLayer.CHECKPOINTS, false);
        BufferedImage hidden = map.render(layers);
        assertEquals(0, count(hidden, CheckpointPainter.CHECKPOINT), "no checkpoint pixel once hidden");
        assertTrue(count(hidden, ON_DUTY) > 20, "the other layers stay");

        for (MapLayer layer : MapLayer.values()) {
            order.setVisible(layer, false);
        }
        assertEquals(800 * 600, count(map.render(layers), Color.WHITE), "every layer hidden: nothing drawn");
    }

    @Test
    void checkpointsOfGridsNotOnTheMapAreLeftOut() {
        order.setVisible(MapLayer.GRIDS, false);
        BufferedImage image = map.render(layers);
        assertEquals(CheckpointPainter.CHECKPOINT, OffscreenMap.at(image, map.pixel(LON - 0.002, LAT + 0.001)));
        assertEquals(Color.WHITE, OffscreenMap.at(image, map.pixel(LON - 0.002, LAT - 0.002)), "grid 99 is not on the map");
    }

    @Test
    void theCoveredAreaIsGreenInsideAndLeavesTheRestOfTheGridAsItWas() {
        order.setVisible(MapLayer.GRIDS, false);
        layers.coverage().show(new CoveredGrid(1, OffscreenMap.box(LON - 0.003, LAT - 0.002, LON - 0.001, LAT + 0.002), 0.25));
        BufferedImage image = map.render(layers);
        Color covered = OffscreenMap.at(image, map.pixel(LON - 0.0025, LAT - 0.001));
        assertTrue(covered.getGreen() > covered.getRed() + 30 && covered.getGreen() > covered.getBlue() + 30,
                "green inside the covered part, got " + covered);
        assertEquals(Color.WHITE, OffscreenMap.at(image, map.pixel(LON + 0.003, LAT - 0.002)), "uncovered part untouched");
        layers.coverage().show(null);
        assertEquals(Color.WHITE, OffscreenMap.at(map.render(layers), map.pixel(LON - 0.0025, LAT - 0.001)));
    }

    @Test
    void alarmsGoingOnAreMarkedWhereTheyBeganEvenWithoutTheOfficerOnTheMap() {
        layers.alarms().show(List.of(new AlarmPlace(7, 12, "OFF_POST", LON - 0.003, LAT - 0.001,
                Instant.parse("2026-03-02T01:00:00Z"))));
        BufferedImage image = map.render(layers);
        assertEquals(AlarmPainter.PLACE, OffscreenMap.at(image, map.pixel(LON - 0.003, LAT - 0.001)));
        assertTrue(count(image, AlarmPainter.PLACE) > 40, "a triangle, not a dot");
        order.setVisible(MapLayer.ALARMS, false);
        assertEquals(0, count(map.render(layers), AlarmPainter.PLACE), "hidden with the alarms layer");
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == colour.getRGB()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void save(BufferedImage image, String name) throws IOException {
        Files.createDirectories(Path.of("target"));
        ImageIO.write(image, "png", Path.of("target", name).toFile());
    }
}

package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.map.status.OfficerStatus;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.gridpatrol.model.alarm.AlarmView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Officers drawn off-screen in each status: in his grid, on duty elsewhere, outside (alarm),
 * still (alarm), lost contact. Each mark differs from the others at its centre or on its ring,
 * and a silent officer says for how long.
 */
class OfficerMarksTest {
    private static final double LON = 117.36;
    private static final double LAT = 32.93;
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final double STEP = 0.003;

    private final GridCatalog catalog = new GridCatalog();
    private final LivePositions positions = new LivePositions();
    private final OfficerStates states = new OfficerStates(positions, catalog::find, Clock.fixed(NOW, ZoneOffset.UTC));
    private OffscreenMap map;
    private MapLayers layers;

    @BeforeEach
    void setUp() {
        // officers 1..5 west to east; grid 1 covers all of them, and is the own grid of each
        catalog.replace(List.of(new MapGrid(1, "UNIT_GRID", "解放社区-001网格", "340303001001001", 7, 0,
                OffscreenMap.box(LON - 0.008, LAT - 0.003, LON + 0.008, LAT + 0.003))));
        map = new OffscreenMap(800, 600, 3, LON, LAT);
        LayerOrder order = new LayerOrder();
        order.setVisible(MapLayer.GRIDS, false);
        order.setVisible(MapLayer.TRAILS, false);
        order.setVisible(MapLayer.ALARMS, false);
        layers = new MapLayers(catalog, positions, order, states, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int officer = 1; officer <= 5; officer++) {
            Instant time = officer == 5 ? NOW.minusSeconds(25 * 60) : NOW.minusSeconds(20);
            positions.add(new OfficerPosition(officer, x(officer), LAT, time, 5));
            states.ownGrids(officer, officer == 2 ? Set.of() : Set.of(1L));
        }
        states.alarm(alarm(3, "OFF_POST"));
        states.alarm(alarm(4, "STILL"));
    }

    @AfterEach
    void forgetColours() {
        DesktopOptions.get().setOfficerColour(OfficerStatus.IN_GRID.name(), null);
    }

    @Test
    void eachStatusHasItsOwnMark() throws IOException {
        BufferedImage image = map.render(layers);
        Files.createDirectories(Path.of("target"));
        ImageIO.write(image, "png", Path.of("target", "officer-marks.png").toFile());
        assertEquals(OfficerStatus.IN_GRID, states.of(1));
        assertEquals(OfficerStatus.ON_DUTY, states.of(2));
        assertEquals(OfficerStatus.OUTSIDE, states.of(3));
        assertEquals(OfficerStatus.STILL, states.of(4));
        assertEquals(OfficerStatus.LOST_CONTACT, states.of(5));

        assertEquals(OfficerStatus.IN_GRID.colour(), centre(image, 1), "in grid: a green dot");
        assertEquals(OfficerStatus.ON_DUTY.colour(), centre(image, 2), "on duty elsewhere: a blue dot");
        assertEquals(OfficerStatus.OUTSIDE.colour(), centre(image, 3), "outside: an orange dot");
        assertEquals(Color.WHITE, centre(image, 4), "still: a hollow ring, white inside");
        assertEquals(OfficerStatus.STILL.colour(), around(image, 4, OfficerPainter.RADIUS - 0.5), "still: its ring");
        assertEquals(OfficerStatus.LOST_CONTACT.colour(), centre(image, 5), "lost contact: a red dot");

        double halo = OfficerPainter.OUTER - 1.5;
        assertEquals(OfficerStatus.OUTSIDE.colour(), around(image, 3, halo), "outside: a halo round the dot");
        assertEquals(Color.WHITE, around(image, 1, halo), "in grid: no halo");
        assertEquals(Color.WHITE, around(image, 2, halo), "on duty: no halo");
    }

    @Test
    void aSilentOfficerShowsHowLongHeHasBeenSilentEvenZoomedOut() {
        OffscreenMap far = new OffscreenMap(800, 600, 6, LON, LAT);
        BufferedImage image = far.render(layers);
        Point2D silent = far.pixel(x(5), LAT);
        assertTrue(dark(image, silent) > 10, "text right of the lost officer");
        // once he reports again he is in his grid, and the text goes: at this zoom no one else is labelled
        positions.add(new OfficerPosition(5, x(5), LAT, NOW.minusSeconds(5), 5));
        assertEquals(OfficerStatus.IN_GRID, states.of(5));
        assertEquals(0, dark(far.render(layers), silent));
    }

    @Test
    void theColourChosenInTheOptionsIsTheOneDrawn() {
        Color chosen = new Color(0, 200, 200);
        DesktopOptions.get().setOfficerColour(OfficerStatus.IN_GRID.name(), chosen);
        BufferedImage image = map.render(layers);
        assertEquals(chosen, centre(image, 1));
        assertNotEquals(chosen, centre(image, 2));
    }

    private Color centre(BufferedImage image, int officer) {
        return OffscreenMap.at(image, map.pixel(x(officer), LAT));
    }

    /** The colour straight above the officer's point at that distance. */
    private Color around(BufferedImage image, int officer, double distance) {
        Point2D p = map.pixel(x(officer), LAT);
        return OffscreenMap.at(image, new Point2D.Double(p.getX(), p.getY() - distance));
    }

    /** Dark-grey pixels in the band where a label starts. */
    private static int dark(BufferedImage image, Point2D officer) {
        int count = 0;
        int x0 = (int) (officer.getX() + OfficerPainter.OUTER + 3);
        for (int x = x0; x < x0 + 60; x++) {
            for (int y = (int) officer.getY() - 8; y < officer.getY() + 6; y++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() < 120 && c.getGreen() < 120 && c.getBlue() < 120) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double x(int officer) {
        return LON + (officer - 3) * STEP;
    }

    private static AlarmView alarm(long officer, String type) {
        return new AlarmView(officer * 10, type, officer, "BS000" + officer, "officer", 1L, 7, "OPEN",
                NOW.minusSeconds(120), null, null, NOW.minusSeconds(120), false, null, null);
    }
}

package org.gridpatrol.desktop.replay.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.desktop.replay.scene.OffScreen;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.assignment.Assignment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Geometry;

/** The covered area drawn into an image over white (no tile is loaded) and its pixels read. */
class CoveragePainterTest {
    private static final double LON = 117.36;
    private static final double LAT = 32.93;
    private final JXMapViewer map = new JXMapViewer();
    private final CoverageLayer layer = new CoverageLayer();
    private final CoveragePainter painter = new CoveragePainter(layer);

    @BeforeEach
    void map() throws Exception {
        OffScreen.aim(map, LAT, LON);
        // a covered square of ~0.002° with an unwalked courtyard in the middle, as the server answers it
        String json = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[117.359,32.929],[117.361,32.929],"
                + "[117.361,32.931],[117.359,32.931],[117.359,32.929]],[[117.3597,32.9297],[117.3597,32.9303],"
                + "[117.3603,32.9303],[117.3603,32.9297],[117.3597,32.9297]]]]}";
        Geometry covered = new GeoJson(1000).read(new ObjectMapper().readTree(json));
        layer.show(new CoveredArea(List.of(covered), 1, 100_000, 25_000));
    }

    private BufferedImage render(String name) throws Exception {
        return OffScreen.render(painter, map, "coverage-" + name);
    }

    private Color at(BufferedImage image, double lon, double lat) {
        Point2D p = map.convertGeoPositionToPoint(new GeoPosition(lat, lon));
        return new Color(image.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY())));
    }

    @Test
    void theCoveredPartIsTintedTranslucentlyAndTheCourtyardAndOutsideStayClear() throws Exception {
        BufferedImage image = render("on");
        Color tint = at(image, 117.3594, 32.9294);
        assertNotEquals(Color.WHITE, tint, "covered: tinted");
        assertTrue(tint.getGreen() > tint.getRed() && tint.getGreen() > tint.getBlue(), "green: " + tint);
        assertTrue(tint.getRed() > CoveragePainter.FILL.getRed(), "translucent: white shows through, " + tint);
        assertEquals(Color.WHITE, at(image, LON, LAT), "the unwalked courtyard");
        assertEquals(Color.WHITE, at(image, 117.3615, 32.9300), "outside the covered area");
    }

    @Test
    void switchedOffNothingIsDrawn() throws Exception {
        layer.setVisible(false);
        BufferedImage image = render("off");
        assertEquals(Color.WHITE, at(image, 117.3594, 32.9294));
        layer.setVisible(true);
        assertNotEquals(Color.WHITE, at(render("on-again"), 117.3594, 32.9294));
    }

    @Test
    void theAreaFollowsThePanAndANewZoom() throws Exception {
        map.setCenterPosition(new GeoPosition(LAT, LON + 0.0004));
        assertNotEquals(Color.WHITE, at(render("panned"), 117.3594, 32.9294));
        map.setZoom(2);
        map.setCenterPosition(new GeoPosition(LAT, LON));
        assertNotEquals(Color.WHITE, at(render("zoomed"), 117.3594, 32.9294));
        assertEquals(Color.WHITE, at(render("zoomed"), 117.3615, 32.9300));
    }

    @Test
    void theShareIsTheCoveredAreaOverTheGridsAreaAndClearedForgetsIt() {
        assertEquals(0.25, layer.area().share(), 1e-9);
        layer.clear();
        assertTrue(Double.isNaN(layer.area().share()), "no grids: no share");
        assertTrue(layer.area().shapes().isEmpty());
    }

    @Test
    void anAssignmentCountsWhenItIsValidAtSomeMomentOfTheWindow() {
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        Instant to = from.plusSeconds(86_400);
        assertTrue(CoverageLoader.overlaps(assignment(from.minusSeconds(10), null), from, to));
        assertTrue(CoverageLoader.overlaps(assignment(from.plusSeconds(3600), to.plusSeconds(5)), from, to));
        assertFalse(CoverageLoader.overlaps(assignment(to, null), from, to), "starts when the window ends");
        assertFalse(CoverageLoader.overlaps(assignment(from.minusSeconds(99), from), from, to), "ended when it began");
    }

    private static Assignment assignment(Instant validFrom, Instant validTo) {
        return new Assignment(1, 7L, null, 3, null, validFrom, validTo, validFrom);
    }
}

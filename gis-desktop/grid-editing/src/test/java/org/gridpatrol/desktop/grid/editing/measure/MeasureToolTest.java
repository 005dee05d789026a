package org.gridpatrol.desktop.grid.editing.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.grid.editing.snap.LinearProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The measuring tool driven with pixel events on a map that is never shown. */
class MeasureToolTest {
    // 1 px = 1e-5°
    private final LinearProjection projection = new LinearProjection(117.0, 33.0, 100_000);

    private Point2D px(double lon, double lat) {
        return projection.toPixel(new Coordinate(lon, lat));
    }

    @Test
    void clicksMeasureAPathAndTheRubberBandFollowsThePointerUntilTheDoubleClick() {
        Measurement m = new Measurement(Measurement.Kind.DISTANCE);
        MeasureTool tool = new MeasureTool(m, () -> projection, () -> { });
        tool.click(px(117.001, 32.99), 1);
        tool.click(px(117.002, 32.99), 1);
        double leg = Geodesic.distance(new Coordinate(117.001, 32.99), new Coordinate(117.002, 32.99));
        assertEquals(leg, m.value(), 0.01);
        tool.move(px(117.002, 32.991));
        double withBand = leg + Geodesic.distance(new Coordinate(117.002, 32.99), new Coordinate(117.002, 32.991));
        assertEquals(withBand, m.value(), 0.01);
        tool.click(px(117.002, 32.991), 1);
        tool.click(px(117.002, 32.991), 2);
        tool.move(px(117.01, 32.95));
        assertEquals(withBand, m.value(), 0.01, "finished: the pointer no longer counts");
        tool.click(px(117.003, 32.99), 1);
        assertEquals(0, m.value(), 0, "the next click starts again");
    }

    @Test
    void areaOfThreeClicksIsTheTriangleAndEscapeForgets() {
        Measurement m = new Measurement(Measurement.Kind.AREA);
        MeasureTool tool = new MeasureTool(m, () -> projection, () -> { });
        tool.click(px(117.001, 32.99), 1);
        tool.click(px(117.002, 32.99), 1);
        tool.click(px(117.002, 32.991), 1);
        tool.click(px(117.002, 32.991), 2);
        double w = Geodesic.distance(new Coordinate(117.001, 32.99), new Coordinate(117.002, 32.99));
        double h = Geodesic.distance(new Coordinate(117.002, 32.99), new Coordinate(117.002, 32.991));
        assertEquals(w * h / 2, m.value(), w * h * 1e-3);
        assertTrue(m.text().endsWith("m²"));
        tool.cancelGesture();
        assertTrue(m.points().isEmpty());
    }
}

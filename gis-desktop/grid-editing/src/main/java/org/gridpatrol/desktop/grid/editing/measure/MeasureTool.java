package org.gridpatrol.desktop.grid.editing.measure;

import java.awt.geom.Point2D;
import java.util.function.Supplier;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.gridpatrol.desktop.map.api.MapTool;

/** Measures on the map: each click adds a point, a double click ends; Escape forgets. */
public final class MeasureTool implements MapTool {
    private final Measurement measurement;
    private final Supplier<GeoProjection> projection;
    private final Runnable repaint;

    /**
     * @param measurement what is measured
     * @param projection  the map's projection at each gesture
     * @param repaint     asks the map to repaint
     */
    public MeasureTool(Measurement measurement, Supplier<GeoProjection> projection, Runnable repaint) {
        this.measurement = measurement;
        this.projection = projection;
        this.repaint = repaint;
    }

    @Override
    public void click(Point2D p, int count) {
        if (count >= 2) {
            measurement.finish();
        } else {
            measurement.add(projection.get().toGeo(p));
        }
        repaint.run();
    }

    @Override
    public void move(Point2D p) {
        measurement.pointer(projection.get().toGeo(p));
        repaint.run();
    }

    @Override
    public void cancelGesture() {
        measurement.clear();
        repaint.run();
    }
}

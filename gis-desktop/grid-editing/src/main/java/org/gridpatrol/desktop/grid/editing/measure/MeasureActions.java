package org.gridpatrol.desktop.grid.editing.measure;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.gridpatrol.desktop.map.api.MapContext;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.Lookup;

/** Tools ▸ Measure distance / Measure area: the measuring tool becomes the map's tool. */
public final class MeasureActions {
    private static volatile Measurement current;
    private static volatile boolean layerAdded;

    private MeasureActions() {
    }

    private static void start(Measurement.Kind kind) {
        MapContext map = Lookup.getDefault().lookup(MapContext.class);
        if (!layerAdded) {
            layerAdded = true;
            map.addOverlay(new MeasurePainter(() -> current));
        }
        current = new Measurement(kind);
        map.setTool(new MeasureTool(current, map::projection, map::repaint));
    }

    /** Measures a distance. */
    @ActionID(category = "Tools", id = "org.gridpatrol.desktop.grid.editing.measure.MeasureDistance")
    @ActionRegistration(displayName = "#ACT_MeasureDistance")
    @ActionReference(path = "Menu/Tools", position = 10)
    public static final class Distance implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            start(Measurement.Kind.DISTANCE);
        }
    }

    /** Measures an area. */
    @ActionID(category = "Tools", id = "org.gridpatrol.desktop.grid.editing.measure.MeasureArea")
    @ActionRegistration(displayName = "#ACT_MeasureArea")
    @ActionReference(path = "Menu/Tools", position = 20)
    public static final class Area implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            start(Measurement.Kind.AREA);
        }
    }
}

package org.gridpatrol.desktop.map.layers;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.CompoundPainter;
import org.jxmapviewer.painter.Painter;

/**
 * The map's layers in drawing order — grids, trails, alarm rings, officers, then overlays
 * other modules add — composed into the one painter the viewer draws over its tiles.
 */
public final class MapLayers {
    private final GridPainter grids;
    private final TrailPainter trails;
    private final OfficerPainter officers;
    private final AlarmPainter alarms;
    private final List<Painter<JXMapViewer>> overlays = new ArrayList<>();
    private final CompoundPainter<JXMapViewer> compound = new CompoundPainter<>();
    private boolean showGrids = true;
    private boolean showTrails = true;
    private boolean showOfficers = true;

    /** @param catalog the grids; @param positions the officers */
    public MapLayers(GridCatalog catalog, LivePositions positions) {
        grids = new GridPainter(catalog);
        trails = new TrailPainter(positions);
        officers = new OfficerPainter(positions);
        alarms = new AlarmPainter(positions);
        compound.setCacheable(false);
        compose();
    }

    /** @return the painter to give {@link JXMapViewer#setOverlayPainter} */
    public CompoundPainter<JXMapViewer> painter() {
        return compound;
    }

    /** @return the grid layer (for picking a grid under the pointer) */
    public GridPainter grids() {
        return grids;
    }

    /** @param overlay a layer drawn above the others */
    public synchronized void addOverlay(Painter<JXMapViewer> overlay) {
        overlays.add(overlay);
        compose();
    }

    /** @param grid show grids; @param trail show trails; @param officer show officers and alarms */
    public synchronized void show(boolean grid, boolean trail, boolean officer) {
        showGrids = grid;
        showTrails = trail;
        showOfficers = officer;
        compose();
    }

    private void compose() {
        List<Painter<JXMapViewer>> painters = new ArrayList<>();
        if (showGrids) {
            painters.add(grids);
        }
        if (showTrails) {
            painters.add(trails);
        }
        if (showOfficers) {
            painters.add(alarms);
            painters.add(officers);
        }
        painters.addAll(overlays);
        compound.setPainters(painters);
    }
}

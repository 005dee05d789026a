package org.gridpatrol.desktop.organization.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.map.api.MapTool;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.openide.awt.UndoRedo;

/** A map context with real models and no window, which notes the officers it was asked to show. */
final class RecordingMap implements MapContext {
    final GridCatalog grids = new GridCatalog();
    final LivePositions officers = new LivePositions();
    final List<Long> shown = new ArrayList<>();
    final List<Set<Long>> unitsShown = new ArrayList<>();

    @Override
    public GridCatalog grids() {
        return grids;
    }

    @Override
    public LivePositions officers() {
        return officers;
    }

    @Override
    public OfficerStates officerStates() {
        return new OfficerStates(officers, grids::find, java.time.Clock.systemUTC());
    }

    @Override
    public GeoProjection projection() {
        return null;
    }

    @Override
    public JXMapViewer viewer() {
        return null;
    }

    @Override
    public void addOverlay(Painter<JXMapViewer> overlay) {
    }

    @Override
    public void setTool(MapTool tool) {
    }

    @Override
    public void setUndoRedo(UndoRedo undoRedo) {
    }

    @Override
    public UndoRedo undoRedo() {
        return UndoRedo.NONE;
    }

    @Override
    public void repaint() {
    }

    @Override
    public void showOfficer(long officerId) {
        shown.add(officerId);
    }

    @Override
    public void showGrid(long gridId) {
    }

    @Override
    public void showUnits(Set<Long> orgUnitIds) {
        unitsShown.add(orgUnitIds);
    }

    @Override
    public void reloadGrids() {
    }
}

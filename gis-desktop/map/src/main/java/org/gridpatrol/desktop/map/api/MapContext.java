package org.gridpatrol.desktop.map.api;

import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.openide.awt.UndoRedo;

/**
 * What other modules may do with the map: read its models, add an overlay layer, make
 * a tool active, hand it the undo/redo of an edit, and bring things into view. Found
 * through the Lookup (one per application); the map window binds its viewer to it.
 */
public interface MapContext {

    /** @return the grids on the map */
    GridCatalog grids();

    /** @return live officers and their trails */
    LivePositions officers();

    /** @return each officer's status (in grid, outside, still, lost contact), as his mark on the map shows it */
    org.gridpatrol.desktop.map.status.OfficerStates officerStates();

    /** @return the projection of the map as it is now */
    GeoProjection projection();

    /** @return the map component, or null before the map window opened */
    JXMapViewer viewer();

    /** @param overlay a layer drawn above the built-in ones (edit handles, check findings) */
    void addOverlay(Painter<JXMapViewer> overlay);

    /** @param tool the tool that gets the left button from now on, or null to pan and select */
    void setTool(MapTool tool);

    /** @param undoRedo what Undo/Redo act on while the map has focus; {@link UndoRedo#NONE} for nothing */
    void setUndoRedo(UndoRedo undoRedo);

    /** @return what Undo/Redo act on while the map has focus */
    UndoRedo undoRedo();

    /** Repaints the map (from any thread). */
    void repaint();

    /** @param officerId centre the map on this officer's latest position and highlight his trail */
    void showOfficer(long officerId);

    /** @param gridId centre the map on this grid and select it */
    void showGrid(long gridId);

    /**
     * Brings every grid of some org units into view, e.g. a squad's (中队) or a brigade's and its squads'.
     *
     * @param orgUnitIds the units whose grids to show
     */
    void showUnits(java.util.Set<Long> orgUnitIds);

    /** Reloads the grids from the server (after a save). */
    void reloadGrids();
}

package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Supplier;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.SketchEdit;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.grid.editing.snap.Snapper;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.openide.awt.UndoRedo;

/**
 * One grid being drawn or edited: the sketch, its undo history, the neighbours it snaps
 * to, and what the tools show while the pointer moves (the snap target, the rubber band).
 * Tools change the sketch only through {@link #perform}.
 */
public final class EditSession {
    /** Pixels within which the pointer catches a vertex, an edge or a neighbour. */
    public static final double TOLERANCE_PX = 8;

    private final GridSketch sketch;
    private final UndoRedo.Manager undo = new UndoRedo.Manager();
    private final Snapper snapper = new Snapper(TOLERANCE_PX);
    private final Supplier<GeoProjection> projection;
    private final Supplier<List<Geometry>> neighbours;
    private volatile Snap hover;
    private volatile List<Coordinate> guide = List.of();

    /**
     * @param sketch     what is edited
     * @param projection the map's projection at the time of each gesture
     * @param neighbours the other grids' geometries, to snap to
     */
    public EditSession(GridSketch sketch, Supplier<GeoProjection> projection, Supplier<List<Geometry>> neighbours) {
        this.sketch = sketch;
        this.projection = projection;
        this.neighbours = neighbours;
    }

    /** @return the sketch */
    public GridSketch sketch() {
        return sketch;
    }

    /** @return the undo history, for the map window's Undo and Redo */
    public UndoRedo.Manager undoRedo() {
        return undo;
    }

    /** @return the projection now */
    public GeoProjection projection() {
        return projection.get();
    }

    /** @param edit made now and recorded for undo */
    public void perform(SketchEdit edit) {
        edit.apply();
        undo.undoableEditHappened(new javax.swing.event.UndoableEditEvent(this, edit));
    }

    /** @return the pointer snapped to the neighbours */
    public Snap snap(Point2D pointer) {
        return snapper.snap(pointer, projection.get(), neighbours.get());
    }

    /** @return where the pointer would land now, for painting; or null */
    public Snap hover() {
        return hover;
    }

    /** @param snap where the pointer would land now, or null */
    void hover(Snap snap) {
        hover = snap;
    }

    /** @return the line a tool is drawing besides the outline (the cut of a split), for painting; empty for none */
    public List<Coordinate> guide() {
        return guide;
    }

    /** @param line the line a tool is drawing, or an empty list */
    void guide(List<Coordinate> line) {
        guide = List.copyOf(line);
    }
}

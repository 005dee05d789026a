package org.gridpatrol.desktop.grid.editing.sketch;

import org.locationtech.jts.geom.Coordinate;
import org.openide.util.NbBundle;

/** A vertex removed from a closed ring; a ring keeps at least three. */
public final class DeleteVertex extends SketchEdit {
    private static final long serialVersionUID = 1L;
    private final int index;
    private transient Coordinate removed;

    private DeleteVertex(GridSketch sketch, int index) {
        super(sketch);
        this.index = index;
    }

    /** @return the edit, or null when the ring has only three vertices left */
    public static DeleteVertex of(GridSketch sketch, int index) {
        return sketch.size() <= 3 ? null : new DeleteVertex(sketch, index);
    }

    @Override
    protected void forward() {
        removed = sketch.remove(index);
    }

    @Override
    protected void backward() {
        sketch.insert(index, removed);
    }

    @Override
    public String getPresentationName() {
        return NbBundle.getMessage(DeleteVertex.class, "EDIT_DeleteVertex");
    }
}

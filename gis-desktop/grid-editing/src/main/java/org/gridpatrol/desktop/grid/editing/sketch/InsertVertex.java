package org.gridpatrol.desktop.grid.editing.sketch;

import org.locationtech.jts.geom.Coordinate;
import org.openide.util.NbBundle;

/** A vertex added: on an edge of a closed ring, or at the end of a ring being drawn. */
public final class InsertVertex extends SketchEdit {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final transient Coordinate at;

    /** @param sketch the sketch; @param index the new vertex's index; @param at where it goes */
    public InsertVertex(GridSketch sketch, int index, Coordinate at) {
        super(sketch);
        this.index = index;
        this.at = new Coordinate(at);
    }

    /** @return an edit appending a vertex to the ring being drawn */
    public static InsertVertex append(GridSketch sketch, Coordinate at) {
        return new InsertVertex(sketch, sketch.size(), at);
    }

    @Override
    protected void forward() {
        sketch.insert(index, at);
    }

    @Override
    protected void backward() {
        sketch.remove(index);
    }

    @Override
    public String getPresentationName() {
        return NbBundle.getMessage(InsertVertex.class, "EDIT_InsertVertex");
    }
}

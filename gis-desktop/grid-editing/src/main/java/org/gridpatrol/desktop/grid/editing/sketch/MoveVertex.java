package org.gridpatrol.desktop.grid.editing.sketch;

import org.locationtech.jts.geom.Coordinate;
import org.openide.util.NbBundle;

/** A vertex moved from one place to another. */
public final class MoveVertex extends SketchEdit {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final transient Coordinate from;
    private final transient Coordinate to;

    /** @param sketch the sketch; @param index the vertex; @param from where it was; @param to where it goes */
    public MoveVertex(GridSketch sketch, int index, Coordinate from, Coordinate to) {
        super(sketch);
        this.index = index;
        this.from = new Coordinate(from);
        this.to = new Coordinate(to);
    }

    @Override
    protected void forward() {
        sketch.move(index, to);
    }

    @Override
    protected void backward() {
        sketch.move(index, from);
    }

    @Override
    public String getPresentationName() {
        return NbBundle.getMessage(MoveVertex.class, "EDIT_MoveVertex");
    }
}

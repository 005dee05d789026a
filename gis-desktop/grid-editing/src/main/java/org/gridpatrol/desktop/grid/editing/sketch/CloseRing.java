package org.gridpatrol.desktop.grid.editing.sketch;

import org.openide.util.NbBundle;

/** The ring being drawn closed into a polygon (undo opens it again to go on drawing). */
public final class CloseRing extends SketchEdit {
    private static final long serialVersionUID = 1L;

    private CloseRing(GridSketch sketch) {
        super(sketch);
    }

    /** @return the edit, or null when the ring is closed already or has fewer than three vertices */
    public static CloseRing of(GridSketch sketch) {
        return sketch.closed() || sketch.size() < 3 ? null : new CloseRing(sketch);
    }

    @Override
    protected void forward() {
        sketch.close(true);
    }

    @Override
    protected void backward() {
        sketch.close(false);
    }

    @Override
    public String getPresentationName() {
        return NbBundle.getMessage(CloseRing.class, "EDIT_CloseRing");
    }
}

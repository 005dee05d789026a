package org.gridpatrol.desktop.grid.editing.sketch;

import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;

/**
 * One undoable change of a sketch. {@link #apply()} makes it the first time; undo and
 * redo take it back and make it again.
 */
public abstract class SketchEdit extends AbstractUndoableEdit {
    private static final long serialVersionUID = 1L;

    /** The sketch changed. */
    protected final transient GridSketch sketch;

    SketchEdit(GridSketch sketch) {
        this.sketch = sketch;
    }

    /** Makes the change the first time. */
    public final void apply() {
        forward();
    }

    @Override
    public final void undo() throws CannotUndoException {
        super.undo();
        backward();
    }

    @Override
    public final void redo() throws CannotRedoException {
        super.redo();
        forward();
    }

    /** Makes the change. */
    protected abstract void forward();

    /** Takes it back. */
    protected abstract void backward();
}

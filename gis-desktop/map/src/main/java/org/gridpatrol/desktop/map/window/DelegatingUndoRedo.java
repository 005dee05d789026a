package org.gridpatrol.desktop.map.window;

import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;
import org.openide.awt.UndoRedo;

/**
 * The map window's undo/redo: whatever edit session the map is hosting now, so Undo and
 * Redo keep working when the editor switches from one grid to the next.
 */
final class DelegatingUndoRedo implements UndoRedo {
    private final CopyOnWriteArrayList<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final ChangeListener relay = e -> fire();
    private volatile UndoRedo target = UndoRedo.NONE;

    void setTarget(UndoRedo newTarget) {
        target.removeChangeListener(relay);
        target = newTarget == null ? UndoRedo.NONE : newTarget;
        target.addChangeListener(relay);
        fire();
    }

    @Override
    public boolean canUndo() {
        return target.canUndo();
    }

    @Override
    public boolean canRedo() {
        return target.canRedo();
    }

    @Override
    public void undo() throws CannotUndoException {
        target.undo();
    }

    @Override
    public void redo() throws CannotRedoException {
        target.redo();
    }

    @Override
    public void addChangeListener(ChangeListener l) {
        listeners.add(l);
    }

    @Override
    public void removeChangeListener(ChangeListener l) {
        listeners.remove(l);
    }

    @Override
    public String getUndoPresentationName() {
        return target.getUndoPresentationName();
    }

    @Override
    public String getRedoPresentationName() {
        return target.getRedoPresentationName();
    }

    private void fire() {
        ChangeEvent event = new ChangeEvent(this);
        listeners.forEach(l -> l.stateChanged(event));
    }
}

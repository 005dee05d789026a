/**
 * The map window. Ctrl-Z and Ctrl-Y (a platform application has no keymap of its own) undo and
 * redo in the active window: on the map and in the grid editor, the grid outline being edited.
 */
@ActionReferences({
    @ActionReference(path = "Shortcuts", name = "D-Z", id = @ActionID(category = "Edit", id = "org.openide.actions.UndoAction")),
    @ActionReference(path = "Shortcuts", name = "D-Y", id = @ActionID(category = "Edit", id = "org.openide.actions.RedoAction"))
})
package org.gridpatrol.desktop.map.window;

import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;

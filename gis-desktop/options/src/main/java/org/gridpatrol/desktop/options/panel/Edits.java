package org.gridpatrol.desktop.options.panel;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** A document listener that tells one thing of every edit. */
final class Edits implements DocumentListener {
    private final Runnable edited;

    private Edits(Runnable edited) {
        this.edited = edited;
    }

    static DocumentListener of(Runnable edited) {
        return new Edits(edited);
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        edited.run();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        edited.run();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        edited.run();
    }
}

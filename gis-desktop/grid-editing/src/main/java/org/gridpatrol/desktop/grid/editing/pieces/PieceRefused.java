package org.gridpatrol.desktop.grid.editing.pieces;

import org.openide.util.NbBundle;

/** A split or merge that would not give valid grids; the key names why. */
public final class PieceRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    PieceRefused(String key) {
        super(NbBundle.getMessage(PieceRefused.class, key));
        this.key = key;
    }

    /** @return the reason's key, e.g. {@code SPLIT_NotAcross} */
    public String key() {
        return key;
    }
}

package org.gridpatrol.desktop.replay.coverage;

/**
 * The covered area shown under the replay, and whether the supervisor wants it shown.
 * Written by the loader thread and the toggle, read by the painter on the event thread.
 */
public final class CoverageLayer {
    private volatile CoveredArea area = CoveredArea.NONE;
    private volatile boolean visible = true;

    /** @return what is covered, {@link CoveredArea#NONE} before a replay is loaded */
    public CoveredArea area() {
        return area;
    }

    /** @param newArea what the loaded replay covered */
    public void show(CoveredArea newArea) {
        area = newArea == null ? CoveredArea.NONE : newArea;
    }

    /** Forgets the covered area (the replay was closed or another is loading). */
    public void clear() {
        area = CoveredArea.NONE;
    }

    /** @return whether the layer is painted */
    public boolean visible() {
        return visible;
    }

    /** @param on paint the layer or not */
    public void setVisible(boolean on) {
        visible = on;
    }
}

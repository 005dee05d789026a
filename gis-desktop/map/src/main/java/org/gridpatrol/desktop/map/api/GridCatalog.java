package org.gridpatrol.desktop.map.api;

import java.util.List;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;

/**
 * The grids on the map and which one is selected. Replaced as a whole when the
 * server sends a new view; every replacement bumps the revision, which painters use
 * to know their projected copies are stale.
 */
public final class GridCatalog {
    private final ChangeSupport changes = new ChangeSupport(this);
    private volatile List<MapGrid> grids = List.of();
    private volatile long revision;
    private volatile Long selected;
    private volatile Long hidden;

    /** @return the grids, in the order the server sent them */
    public List<MapGrid> grids() {
        return grids;
    }

    /** @return a number that changes whenever the grids or the hidden grid change */
    public long revision() {
        return revision;
    }

    /** @param newGrids the grids to show from now on */
    public void replace(List<MapGrid> newGrids) {
        grids = List.copyOf(newGrids);
        revision++;
        fire();
    }

    /** @return the id of the selected grid, or null */
    public Long selected() {
        return selected;
    }

    /** @param id the grid to select, or null for none */
    public void select(Long id) {
        selected = id;
        fire();
    }

    /** @return the grid with that id, or null */
    public MapGrid find(long id) {
        for (MapGrid grid : grids) {
            if (grid.id() == id) {
                return grid;
            }
        }
        return null;
    }

    /** @return the grid being edited, which the grid layer leaves out; or null */
    public Long hidden() {
        return hidden;
    }

    /** @param id a grid the grid layer should not draw (the editor draws it), or null */
    public void hide(Long id) {
        hidden = id;
        revision++;
        fire();
    }

    /** @param listener told after every change */
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    /** @param listener no longer told */
    public void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }

    private void fire() {
        changes.fireChange();
    }
}

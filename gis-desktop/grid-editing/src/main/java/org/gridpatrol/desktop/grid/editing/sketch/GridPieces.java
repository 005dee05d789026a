package org.gridpatrol.desktop.grid.editing.sketch;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Polygon;

/**
 * What splits and merges of the edited grid leave for the save to do: pieces cut off (to
 * create as new grids) and neighbours absorbed (to retire), in the order they were made.
 */
public final class GridPieces {
    private final List<Polygon> splitOff = new ArrayList<>();
    private final List<Absorbed> absorbed = new ArrayList<>();

    /** A neighbour merged into the edited grid. @param id its id @param version the version merged */
    public record Absorbed(long id, int version) {
    }

    /** One change: a piece cut off, or a neighbour absorbed. */
    record Change(Polygon piece, Absorbed neighbour) {
        static Change splitOff(Polygon piece) {
            return new Change(piece, null);
        }

        static Change absorb(long id, int version) {
            return new Change(null, new Absorbed(id, version));
        }
    }

    /** @return the pieces cut off, oldest first */
    public synchronized List<Polygon> splitOff() {
        return List.copyOf(splitOff);
    }

    /** @return the neighbours absorbed, oldest first */
    public synchronized List<Absorbed> absorbed() {
        return List.copyOf(absorbed);
    }

    synchronized void apply(Change change) {
        if (change.piece() != null) {
            splitOff.add(change.piece());
        } else {
            absorbed.add(change.neighbour());
        }
    }

    synchronized void revert(Change change) {
        if (change.piece() != null) {
            splitOff.remove(change.piece());
        } else {
            absorbed.remove(change.neighbour());
        }
    }
}

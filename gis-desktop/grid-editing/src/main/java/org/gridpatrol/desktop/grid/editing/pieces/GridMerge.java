package org.gridpatrol.desktop.grid.editing.pieces;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Two neighbouring grids made one: they must share a stretch of border, and the union must be one valid polygon. */
public final class GridMerge {
    private GridMerge() {
    }

    /**
     * @param grid      the edited grid, a polygon without holes
     * @param neighbour the grid to absorb
     * @return their union
     * @throws PieceRefused when they share no border or the union is not one simple polygon
     */
    public static Polygon of(Geometry grid, Geometry neighbour) {
        if (!(grid instanceof Polygon) || ((Polygon) grid).getNumInteriorRing() > 0 || !grid.isValid()
                || !neighbour.isValid()) {
            throw new PieceRefused("MERGE_NotSimple");
        }
        // touching at a corner is not neighbouring: the shared part must be a line
        if (grid.getBoundary().intersection(neighbour.getBoundary()).getLength() <= 0) {
            throw new PieceRefused("MERGE_NotNeighbours");
        }
        Geometry union = grid.union(neighbour);
        if (!(union instanceof Polygon merged) || merged.getNumInteriorRing() > 0 || !new IsValidOp(merged).isValid()) {
            throw new PieceRefused("MERGE_NotOnePolygon");
        }
        return merged;
    }
}

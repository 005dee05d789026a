package org.gridpatrol.desktop.grid.editing.pieces;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A grid cut in two by a line drawn across it. The line is noded with the outline and the
 * pieces polygonized (JTS), so the two share the cut exactly: no gap, no overlap.
 *
 * @param kept     the larger piece, which stays the edited grid
 * @param splitOff the smaller piece, to become a new grid
 */
public record GridSplit(Polygon kept, Polygon splitOff) {

    /**
     * @param grid a valid polygon without holes
     * @param line the cut, crossing the grid from edge to edge
     * @return the two pieces
     * @throws PieceRefused when the grid is not one simple polygon or the line does not make exactly two pieces
     */
    public static GridSplit of(Geometry grid, LineString line) {
        if (!(grid instanceof Polygon polygon) || polygon.getNumInteriorRing() > 0 || !grid.isValid()) {
            throw new PieceRefused("SPLIT_NotSimple");
        }
        Geometry noded = polygon.getExteriorRing().union(line);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        List<Polygon> pieces = new ArrayList<>();
        for (Polygon face : faces) {
            if (polygon.contains(face.getInteriorPoint())) {
                pieces.add(face);
            }
        }
        if (pieces.size() < 2) {
            throw new PieceRefused("SPLIT_NotAcross");
        }
        if (pieces.size() > 2) {
            throw new PieceRefused("SPLIT_TooManyPieces");
        }
        for (Polygon piece : pieces) {
            if (!new IsValidOp(piece).isValid()) {
                throw new PieceRefused("SPLIT_Invalid");
            }
        }
        Polygon a = pieces.get(0);
        Polygon b = pieces.get(1);
        return a.getArea() >= b.getArea() ? new GridSplit(a, b) : new GridSplit(b, a);
    }
}

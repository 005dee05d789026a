package org.gridpatrol.desktop.grid.editing.sketch;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.openide.util.NbBundle;

/**
 * The whole outline replaced at once — by a split (the kept piece) or a merge (the union) —
 * together with what the save must do besides (create the split-off piece, retire the
 * absorbed grid), which undo takes back as well.
 */
public final class ReshapeSketch extends SketchEdit {
    private static final long serialVersionUID = 1L;
    private final transient List<Coordinate> before;
    private final transient List<Coordinate> after;
    private final transient GridPieces pieces;
    private final transient GridPieces.Change change;
    private final String name;

    private ReshapeSketch(GridSketch sketch, Polygon shape, GridPieces pieces, GridPieces.Change change, String name) {
        super(sketch);
        this.before = sketch.vertices();
        Coordinate[] ring = shape.getExteriorRing().getCoordinates();
        this.after = List.of(ring).subList(0, ring.length - 1);
        this.pieces = pieces;
        this.change = change;
        this.name = name;
    }

    /** @return the edit that keeps one piece of a split and sets the other aside */
    public static ReshapeSketch split(GridSketch sketch, Polygon kept, Polygon splitOff, GridPieces pieces) {
        return new ReshapeSketch(sketch, kept, pieces, GridPieces.Change.splitOff(splitOff), "EDIT_Split");
    }

    /** @return the edit that takes the union of a merge and marks the neighbour to retire */
    public static ReshapeSketch merge(GridSketch sketch, Polygon union, long absorbedId, int absorbedVersion,
                                      GridPieces pieces) {
        return new ReshapeSketch(sketch, union, pieces, GridPieces.Change.absorb(absorbedId, absorbedVersion), "EDIT_Merge");
    }

    @Override
    protected void forward() {
        sketch.reshape(after);
        pieces.apply(change);
    }

    @Override
    protected void backward() {
        sketch.reshape(before);
        pieces.revert(change);
    }

    @Override
    public String getPresentationName() {
        return NbBundle.getMessage(ReshapeSketch.class, name);
    }
}

package org.gridpatrol.desktop.grid.editing.sketch;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * What is wrong with a sketch's geometry before the server is asked: JTS validity
 * (self-intersection, ring self-touch…) with the place at fault.
 *
 * @param message the reason, as JTS words it; null when valid
 * @param at      where it is wrong; null when valid
 */
public record SketchValidity(String message, Coordinate at) {
    /** A valid sketch. */
    public static final SketchValidity VALID = new SketchValidity(null, null);

    /** @return the validity of the sketch's geometry; an open ring counts as valid for now */
    public static SketchValidity of(GridSketch sketch) {
        Geometry geometry = sketch.toGeometry();
        if (geometry == null) {
            return VALID;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        return error == null ? VALID : new SketchValidity(error.getMessage(), error.getCoordinate());
    }

    /** @return true when nothing is wrong */
    public boolean valid() {
        return message == null;
    }
}

package org.gridpatrol.engine.coverage;

import java.util.BitSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The covered part of a grid as a polygon for painting: the cells near the tracks are read in
 * square blocks of about the paint tolerance (a block is near when its centre cell is), outlined
 * along the block edges, simplified, and clipped to the grid. The near cells reach past the grid,
 * so the clipping draws the grid's own edge where the buffer crosses it; and simplifying first
 * leaves it a few hundred vertices to cut instead of every step of the block outline.
 */
final class CoveredOutline {
    private CoveredOutline() {
    }

    static Geometry of(CellMask mask, Geometry area, double toleranceM) {
        int k = Math.max(1, (int) Math.round(Math.max(toleranceM, mask.cell) / mask.cell));
        int blockColumns = (mask.columns + k - 1) / k;
        int blockRows = (mask.rows + k - 1) / k;
        BitSet blocks = new BitSet(blockColumns * blockRows);
        for (int br = 0; br < blockRows; br++) {
            int row = Math.min(mask.rows - 1, br * k + k / 2);
            for (int bc = 0; bc < blockColumns; bc++) {
                if (mask.bits.get(row * mask.columns + Math.min(mask.columns - 1, bc * k + k / 2))) {
                    blocks.set(br * blockColumns + bc);
                }
            }
        }
        Geometry outline = CellOutline.trace(blocks, blockColumns, blockRows, CoverageMeter.plane());
        double size = mask.cell * k;
        outline.apply(AffineTransformation.scaleInstance(size, size).translate(mask.box.getMinX(), mask.box.getMinY()));
        outline.geometryChanged();
        return TopologyPreservingSimplifier.simplify(outline, toleranceM).intersection(area);
    }
}

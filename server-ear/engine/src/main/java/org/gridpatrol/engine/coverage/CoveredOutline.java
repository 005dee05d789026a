package org.gridpatrol.engine.coverage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The covered cells as a polygon for painting: the raster is read in square blocks of about the
 * paint tolerance (a block is covered when its centre cell is), runs of covered blocks become
 * rectangles, runs repeated on the next block row grow downwards, and the rectangles are united,
 * clipped to the grid and simplified.
 */
final class CoveredOutline {
    private CoveredOutline() {
    }

    static Geometry of(CellMask mask, BitSet covered, Geometry area, double toleranceM) {
        int k = Math.max(1, (int) Math.round(Math.max(toleranceM, mask.cell) / mask.cell));
        int blockColumns = (mask.columns + k - 1) / k;
        int blockRows = (mask.rows + k - 1) / k;
        List<Geometry> rectangles = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // {from, to, firstRow}
        for (int br = 0; br <= blockRows; br++) {
            List<int[]> runs = new ArrayList<>();
            if (br < blockRows) {
                int row = Math.min(mask.rows - 1, br * k + k / 2);
                int start = -1;
                for (int bc = 0; bc <= blockColumns; bc++) {
                    int column = Math.min(mask.columns - 1, bc * k + k / 2);
                    boolean on = bc < blockColumns && covered.get(row * mask.columns + column);
                    if (on && start < 0) {
                        start = bc;
                    } else if (!on && start >= 0) {
                        runs.add(new int[] {start, bc});
                        start = -1;
                    }
                }
            }
            List<int[]> next = new ArrayList<>();
            for (int[] run : open) {
                int[] same = runs.stream().filter(r -> r[0] == run[0] && r[1] == run[1]).findFirst().orElse(null);
                if (same != null) {
                    next.add(run);
                    runs.remove(same);
                } else {
                    rectangles.add(rectangle(mask, k, run[0], run[1], run[2], br));
                }
            }
            for (int[] run : runs) {
                next.add(new int[] {run[0], run[1], br});
            }
            open = next;
        }
        Geometry union = UnaryUnionOp.union(rectangles);
        Geometry clipped = union.intersection(area);
        return TopologyPreservingSimplifier.simplify(clipped, toleranceM);
    }

    private static Geometry rectangle(CellMask mask, int k, int fromColumn, int toColumn, int fromRow, int toRow) {
        double size = mask.cell * k;
        return CoverageMeter.plane().toGeometry(new Envelope(mask.box.getMinX() + fromColumn * size,
                mask.box.getMinX() + toColumn * size, mask.box.getMinY() + fromRow * size, mask.box.getMinY() + toRow * size));
    }
}

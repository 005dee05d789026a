package org.gridpatrol.engine.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;

/**
 * One immutable version of the grid index. Readers hold on to it for as long as they like;
 * a change produces a new version that shares every block the change did not touch.
 */
final class IndexState {

    final Raster raster;
    private final CellBlock[] blocks;
    /** Prepared grids by slot; null marks a free slot. */
    private final GridShape[] shapes;
    private final Map<Long, Integer> slots;
    /** Slots of grids reaching beyond the raster: the only candidates for points outside it. */
    private final int[] spill;

    private IndexState(Raster raster, CellBlock[] blocks, GridShape[] shapes, Map<Long, Integer> slots) {
        this.raster = raster;
        this.blocks = blocks;
        this.shapes = shapes;
        this.slots = slots;
        this.spill = spillSlots(raster, shapes);
    }

    static IndexState empty(Raster raster) {
        return new IndexState(raster, new CellBlock[raster.blockCount()], new GridShape[16], Map.of());
    }

    int size() {
        return slots.size();
    }

    GridShape shape(long id) {
        Integer slot = slots.get(id);
        return slot == null ? null : shapes[slot];
    }

    Collection<GridShape> shapes() {
        List<GridShape> all = new ArrayList<>(slots.size());
        for (GridShape s : shapes) {
            if (s != null) {
                all.add(s);
            }
        }
        return all;
    }

    /** The block at a block index, for tests that check what an update shares. */
    CellBlock block(int index) {
        return blocks[index];
    }

    int gridsAt(double lon, double lat, long[] out) {
        Raster r = raster;
        double fx = (lon - r.minX) * r.invDx;
        double fy = (lat - r.minY) * r.invDy;
        if (!(fx >= 0 && fy >= 0 && fx < r.cols && fy < r.rows)) {
            return spillGridsAt(lon, lat, out);
        }
        int col = (int) fx;
        int row = (int) fy;
        CellBlock block = blocks[r.blockIndex(col, row)];
        if (block == null) {
            return 0;
        }
        int v = block.cells[Raster.cellInBlock(col, row)];
        if (v > 0) {
            // Interior of exactly one grid: no geometry at all.
            return put(out, 0, shapes[v - 1].id);
        }
        if (v == 0) {
            return 0;
        }
        int n = 0;
        for (int e : block.lists[-v - 1]) {
            GridShape shape = shapes[CellBlock.slotOf(e)];
            if (!CellBlock.isBoundary(e) || shape.covers(lon, lat)) {
                n = put(out, n, shape.id);
            }
        }
        return n;
    }

    private int spillGridsAt(double lon, double lat, long[] out) {
        int n = 0;
        for (int slot : spill) {
            GridShape shape = shapes[slot];
            if (shape.covers(lon, lat)) {
                n = put(out, n, shape.id);
            }
        }
        return n;
    }

    private static int put(long[] out, int n, long id) {
        if (n < out.length) {
            out[n] = id;
        }
        return n + 1;
    }

    /** A new version with the grids put (added or replaced) and the ids removed. */
    IndexState apply(Collection<Grid> puts, Collection<Long> removals) {
        Map<Long, Grid> latest = new HashMap<>();
        for (Grid g : puts) {
            latest.put(g.id(), g);
        }
        GridShape[] nextShapes = Arrays.copyOf(shapes, Math.max(shapes.length, slots.size() + latest.size()));
        Map<Long, Integer> nextSlots = new HashMap<>(slots);
        Map<Integer, BlockChange> changes = new HashMap<>();
        for (long id : removals) {
            Integer slot = nextSlots.remove(id);
            if (slot != null) {
                clear(changes, slot, nextShapes[slot].envelope);
                nextShapes[slot] = null;
            }
        }
        int freeHint = 0;
        for (Grid g : latest.values()) {
            Integer slot = nextSlots.get(g.id());
            if (slot != null) {
                clear(changes, slot, nextShapes[slot].envelope);
            } else {
                while (nextShapes[freeHint] != null) {
                    freeHint++;
                }
                slot = freeHint;
                nextSlots.put(g.id(), slot);
            }
            GridShape shape = new GridShape(g);
            nextShapes[slot] = shape;
            add(changes, slot, CellCover.of(shape, raster));
        }
        CellBlock[] nextBlocks = blocks.clone();
        for (Map.Entry<Integer, BlockChange> e : changes.entrySet()) {
            int b = e.getKey();
            BlockChange change = e.getValue();
            int[] cleared = change.cleared.stream().mapToInt(Integer::intValue).toArray();
            nextBlocks[b] = CellBlock.rewrite(blocks[b], b % raster.blockCols, b / raster.blockCols,
                    cleared, change.added);
        }
        return new IndexState(raster, nextBlocks, nextShapes, Map.copyOf(nextSlots));
    }

    private void clear(Map<Integer, BlockChange> changes, int slot, Envelope envelope) {
        forEachBlock(envelope, b -> changes.computeIfAbsent(b, k -> new BlockChange()).cleared.add(slot));
    }

    private void add(Map<Integer, BlockChange> changes, int slot, CellCover cover) {
        if (cover.isEmpty()) {
            return;
        }
        CellBlock.SlotCover added = new CellBlock.SlotCover(slot, cover);
        for (int by = cover.row0 >> Raster.BLOCK_SHIFT; by <= (cover.row0 + cover.height - 1) >> Raster.BLOCK_SHIFT; by++) {
            for (int bx = cover.col0 >> Raster.BLOCK_SHIFT; bx <= (cover.col0 + cover.width - 1) >> Raster.BLOCK_SHIFT; bx++) {
                changes.computeIfAbsent(by * raster.blockCols + bx, k -> new BlockChange()).added.add(added);
            }
        }
    }

    private void forEachBlock(Envelope envelope, java.util.function.IntConsumer action) {
        int c0 = Math.max(0, raster.col(envelope.getMinX()));
        int c1 = Math.min(raster.cols - 1, raster.col(envelope.getMaxX()));
        int r0 = Math.max(0, raster.row(envelope.getMinY()));
        int r1 = Math.min(raster.rows - 1, raster.row(envelope.getMaxY()));
        for (int by = r0 >> Raster.BLOCK_SHIFT; by <= r1 >> Raster.BLOCK_SHIFT && r0 <= r1; by++) {
            for (int bx = c0 >> Raster.BLOCK_SHIFT; bx <= c1 >> Raster.BLOCK_SHIFT && c0 <= c1; bx++) {
                action.accept(by * raster.blockCols + bx);
            }
        }
    }

    private static int[] spillSlots(Raster raster, GridShape[] shapes) {
        List<Integer> spill = new ArrayList<>();
        for (int slot = 0; slot < shapes.length; slot++) {
            if (shapes[slot] != null && !raster.holds(shapes[slot].envelope)) {
                spill.add(slot);
            }
        }
        return spill.stream().mapToInt(Integer::intValue).toArray();
    }

    /** What one block must drop and take in. */
    private static final class BlockChange {
        final TreeSet<Integer> cleared = new TreeSet<>();
        final List<CellBlock.SlotCover> added = new ArrayList<>();
    }
}

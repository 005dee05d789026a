package org.gridpatrol.engine.zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One immutable block of raster cells and the grids that cover each cell.
 *
 * <p>A cell holds an int: 0 for no grid; {@code slot + 1} when exactly one grid covers the
 * whole cell (the common case, answered without any geometry); or {@code -(list + 1)} pointing
 * at a list of entries {@code slot << 1 | boundaryBit}. Lists repeat along shared edges, so a
 * block keeps one copy of each distinct list.
 */
final class CellBlock {

    static final int CELLS = Raster.BLOCK * Raster.BLOCK;
    private static final int[] NO_ENTRIES = new int[0];

    final int[] cells;
    final int[][] lists;

    private CellBlock(int[] cells, int[][] lists) {
        this.cells = cells;
        this.lists = lists;
    }

    static int entry(int slot, boolean boundary) {
        return slot << 1 | (boundary ? 1 : 0);
    }

    static int slotOf(int entry) {
        return entry >>> 1;
    }

    static boolean isBoundary(int entry) {
        return (entry & 1) != 0;
    }

    /** Entries of a cell in a possibly absent block. */
    static int[] entries(CellBlock block, int cell) {
        if (block == null) {
            return NO_ENTRIES;
        }
        int v = block.cells[cell];
        if (v == 0) {
            return NO_ENTRIES;
        }
        return v > 0 ? new int[] {entry(v - 1, false)} : block.lists[-v - 1];
    }

    /**
     * A copy of {@code block} (null = empty) at block position (bx, by) with every entry of the
     * {@code cleared} slots dropped and the {@code added} covers laid in; null when the result is empty.
     */
    static CellBlock rewrite(CellBlock block, int bx, int by, int[] cleared, List<SlotCover> added) {
        int[] cells = new int[CELLS];
        List<int[]> lists = new ArrayList<>();
        Map<ListKey, Integer> listIndex = new HashMap<>();
        int[] scratch = new int[8];
        boolean empty = true;
        for (int cell = 0; cell < CELLS; cell++) {
            int col = (bx << Raster.BLOCK_SHIFT) | (cell & Raster.BLOCK_MASK);
            int row = (by << Raster.BLOCK_SHIFT) | (cell >>> Raster.BLOCK_SHIFT);
            int n = 0;
            for (int e : entries(block, cell)) {
                if (Arrays.binarySearch(cleared, slotOf(e)) < 0) {
                    scratch = grow(scratch, n);
                    scratch[n++] = e;
                }
            }
            for (SlotCover s : added) {
                byte state = s.cover().stateAt(col, row);
                if (state != CellCover.OUTSIDE) {
                    scratch = grow(scratch, n);
                    scratch[n++] = entry(s.slot(), state == CellCover.BOUNDARY);
                }
            }
            if (n == 0) {
                continue;
            }
            empty = false;
            if (n == 1 && !isBoundary(scratch[0])) {
                cells[cell] = slotOf(scratch[0]) + 1;
                continue;
            }
            int[] list = Arrays.copyOf(scratch, n);
            Arrays.sort(list);
            Integer index = listIndex.computeIfAbsent(new ListKey(list), k -> {
                lists.add(k.entries());
                return lists.size() - 1;
            });
            cells[cell] = -(index + 1);
        }
        return empty ? null : new CellBlock(cells, lists.toArray(new int[0][]));
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    /** A grid's slot with its freshly computed cover. */
    record SlotCover(int slot, CellCover cover) {
    }

    /** Value-equality wrapper so identical entry lists share one array. */
    private record ListKey(int[] entries) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ListKey k && Arrays.equals(entries, k.entries);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(entries);
        }

        @Override
        public String toString() {
            return Arrays.toString(entries);
        }
    }
}

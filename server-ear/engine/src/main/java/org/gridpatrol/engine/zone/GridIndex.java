package org.gridpatrol.engine.zone;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Answers "which grids contain this point" for every fix the engine sees.
 *
 * <p>A uniform raster of cells covers a fixed extent; for each grid every cell under it is
 * precomputed as inside, outside or on the boundary. A point in an inside cell is answered by
 * one array read; only points in boundary cells fall back to an exact, indexed point-in-polygon
 * test. Points beyond the extent are tested against the few grids that reach there.
 *
 * <p>Readers never lock: each change publishes a new immutable version that shares every raster
 * block the change did not touch (copy-on-write), so many threads can look up while one thread
 * edits grids. Changes are serialised among themselves.
 */
public final class GridIndex {

    /** Upper bound on the raster size an automatically sized index may take (16 M cells, 64 MB). */
    private static final double MAX_AUTO_CELLS = 16_000_000;

    private volatile IndexState state;

    private GridIndex(IndexState state) {
        this.state = state;
    }

    /**
     * An empty index whose raster covers the extent (lon/lat degrees) with cells of about the
     * given size. Grids may still reach beyond the extent; lookups there are merely slower.
     */
    public static GridIndex covering(Envelope extent, double cellMetres) {
        return new GridIndex(IndexState.empty(new Raster(extent, cellMetres)));
    }

    /** An index holding the grids, its extent and cell size chosen from them. */
    public static GridIndex of(Collection<Grid> grids) {
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("cannot size an index from no grids; use covering()");
        }
        Envelope extent = new Envelope();
        double meanArea = 0;
        for (Grid g : grids) {
            Envelope e = g.area().getEnvelopeInternal();
            extent.expandToInclude(e);
            meanArea += metresWide(e) * metresHigh(e) / grids.size();
        }
        // A margin so that grids drawn next to the current ones stay on the raster.
        extent.expandBy(extent.getWidth() * 0.05 + 1e-4, extent.getHeight() * 0.05 + 1e-4);
        GridIndex index = covering(extent, autoCellMetres(extent, meanArea));
        index.putAll(grids);
        return index;
    }

    /**
     * About 24 cells across a typical grid keeps the boundary cells (the slow path) to a small
     * share of all cells while the raster stays a few megabytes for a district.
     */
    static double autoCellMetres(Envelope extent, double meanGridArea) {
        double cell = Math.max(5, Math.min(500, Math.sqrt(meanGridArea) / 24));
        double rasterArea = metresWide(extent) * metresHigh(extent);
        return Math.max(cell, Math.sqrt(rasterArea / MAX_AUTO_CELLS));
    }

    private static double metresWide(Envelope e) {
        return LocalPlane.metresBetween(e.getMinX(), e.centre().y, e.getMaxX(), e.centre().y);
    }

    private static double metresHigh(Envelope e) {
        return LocalPlane.metresBetween(e.getMinX(), e.getMinY(), e.getMinX(), e.getMaxY());
    }

    /** Adds the grid, or replaces the grid with the same id. Only the cells under it are recomputed. */
    public synchronized void put(Grid grid) {
        state = state.apply(List.of(Objects.requireNonNull(grid)), List.of());
    }

    /** Adds or replaces many grids as one change (one new version for all of them). */
    public synchronized void putAll(Collection<Grid> grids) {
        state = state.apply(grids, List.of());
    }

    /** Removes a grid; false when there was none with that id. */
    public synchronized boolean remove(long gridId) {
        if (state.shape(gridId) == null) {
            return false;
        }
        state = state.apply(List.of(), List.of(gridId));
        return true;
    }

    /**
     * Writes the ids of the grids containing the point (inside or on the boundary) into
     * {@code out} and returns how many there are. When that exceeds {@code out.length}, only the
     * first {@code out.length} are written. Does not allocate on the common path.
     */
    public int gridsAt(double lon, double lat, long[] out) {
        return state.gridsAt(lon, lat, out);
    }

    /** The ids of the grids containing the point. */
    public long[] gridsAt(double lon, double lat) {
        long[] out = new long[4];
        int n = gridsAt(lon, lat, out);
        if (n > out.length) {
            out = new long[n];
            n = gridsAt(lon, lat, out);
        }
        return Arrays.copyOf(out, n);
    }

    /** True when the grid exists and contains the point (inside or on the boundary). */
    public boolean contains(long gridId, double lon, double lat) {
        GridShape shape = state.shape(gridId);
        return shape != null && shape.covers(lon, lat);
    }

    /**
     * How deep the point is inside the grid, in metres: positive inside (distance to the
     * boundary), negative outside (minus the distance to the grid). NaN when there is no such grid.
     */
    public double depthMetres(long gridId, double lon, double lat) {
        GridShape shape = state.shape(gridId);
        return shape == null ? Double.NaN : shape.depthMetres(lon, lat);
    }

    /** Metres from the point to the grid's boundary, whichever side it is on; NaN for no such grid. */
    public double distanceToBoundaryMetres(long gridId, double lon, double lat) {
        GridShape shape = state.shape(gridId);
        return shape == null ? Double.NaN : shape.distanceToBoundaryMetres(lon, lat);
    }

    public Optional<Grid> grid(long gridId) {
        return Optional.ofNullable(state.shape(gridId)).map(s -> s.grid);
    }

    public List<Grid> grids() {
        return state.shapes().stream().map(s -> s.grid).toList();
    }

    public int size() {
        return state.size();
    }

    /** The extent the raster actually covers (the requested one rounded up to whole blocks). */
    public Envelope rasterExtent() {
        return new Envelope(state.raster.extent);
    }

    /** The current version, for tests that check what a change shares. */
    IndexState state() {
        return state;
    }
}

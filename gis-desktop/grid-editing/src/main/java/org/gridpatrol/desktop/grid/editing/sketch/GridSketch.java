package org.gridpatrol.desktop.grid.editing.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The grid outline being drawn or edited: the outer ring's vertices (without the closing
 * repeat), whether the ring is closed yet, and what of the grid is not edited (holes,
 * further parts of a multi-polygon), kept as they were. Only edits change it.
 */
public final class GridSketch {
    /** WGS84 lon/lat, SRID 4326. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private final List<Coordinate> vertices = new ArrayList<>();
    private final List<LinearRing> holes;
    private final List<Polygon> otherParts;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    private GridSketch(List<Coordinate> shell, boolean closed, List<LinearRing> holes, List<Polygon> otherParts) {
        shell.forEach(c -> vertices.add(new Coordinate(c.x, c.y)));
        this.closed = closed;
        this.holes = List.copyOf(holes);
        this.otherParts = List.copyOf(otherParts);
    }

    /** @return an empty sketch to draw a new grid in */
    public static GridSketch empty() {
        return new GridSketch(List.of(), false, List.of(), List.of());
    }

    /**
     * @param geometry a Polygon or MultiPolygon; its first polygon's outer ring is edited
     * @return a closed sketch of it
     */
    public static GridSketch of(Geometry geometry) {
        Polygon first = (Polygon) geometry.getGeometryN(0);
        Coordinate[] ring = first.getExteriorRing().getCoordinates();
        List<Coordinate> shell = new ArrayList<>(List.of(ring).subList(0, ring.length - 1));
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < first.getNumInteriorRing(); i++) {
            holes.add(first.getInteriorRingN(i));
        }
        List<Polygon> others = new ArrayList<>();
        for (int i = 1; i < geometry.getNumGeometries(); i++) {
            others.add((Polygon) geometry.getGeometryN(i));
        }
        return new GridSketch(shell, true, holes, others);
    }

    /** @return how many vertices the outer ring has (without the closing repeat) */
    public int size() {
        return vertices.size();
    }

    /** @return a copy of vertex {@code i} */
    public Coordinate vertex(int i) {
        return new Coordinate(vertices.get(i));
    }

    /** @return copies of the outer ring's vertices, without the closing repeat */
    public List<Coordinate> vertices() {
        List<Coordinate> copy = new ArrayList<>(vertices.size());
        vertices.forEach(c -> copy.add(new Coordinate(c)));
        return copy;
    }

    /** @return true once the ring is closed (a polygon), false while it is being drawn */
    public boolean closed() {
        return closed;
    }

    /** @return the holes and other parts, which the editor draws but does not change */
    public List<Geometry> untouched() {
        List<Geometry> rest = new ArrayList<>(holes);
        rest.addAll(otherParts);
        return rest;
    }

    /**
     * @return the grid's geometry: a Polygon, or a MultiPolygon when the grid had further
     *         parts; null while the ring is open or has fewer than three vertices
     */
    public Geometry toGeometry() {
        if (!closed || vertices.size() < 3) {
            return null;
        }
        Coordinate[] ring = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            ring[i] = new Coordinate(vertices.get(i));
        }
        ring[vertices.size()] = new Coordinate(vertices.get(0));
        Polygon polygon = FACTORY.createPolygon(FACTORY.createLinearRing(ring), holes.toArray(new LinearRing[0]));
        if (otherParts.isEmpty()) {
            return polygon;
        }
        List<Polygon> parts = new ArrayList<>(otherParts.size() + 1);
        parts.add(polygon);
        parts.addAll(otherParts);
        MultiPolygon multi = FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
        return multi;
    }

    /** @param listener told after every change */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    // Changes: package-private, made by the undoable edits only.

    void move(int i, Coordinate to) {
        vertices.set(i, new Coordinate(to.x, to.y));
        changed();
    }

    void insert(int i, Coordinate at) {
        vertices.add(i, new Coordinate(at.x, at.y));
        changed();
    }

    Coordinate remove(int i) {
        Coordinate removed = vertices.remove(i);
        changed();
        return removed;
    }

    void reshape(List<Coordinate> shell) {
        vertices.clear();
        shell.forEach(c -> vertices.add(new Coordinate(c.x, c.y)));
        changed();
    }

    void close(boolean close) {
        closed = close;
        changed();
    }

    /** Moves a vertex while a drag is under way, before the edit that records it. */
    public void preview(int i, Coordinate to) {
        move(i, to);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}

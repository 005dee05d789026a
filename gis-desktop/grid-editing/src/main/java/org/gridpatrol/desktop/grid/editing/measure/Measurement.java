package org.gridpatrol.desktop.grid.editing.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/** A distance or an area being measured: the points clicked, and where the pointer is. */
public final class Measurement {
    /** What is measured. */
    public enum Kind {
        /** the length of a line */
        DISTANCE,
        /** the area of a polygon */
        AREA
    }

    private final Kind kind;
    private final List<Coordinate> points = new ArrayList<>();
    private Coordinate pointer;
    private boolean finished;

    /** @param kind distance or area */
    public Measurement(Kind kind) {
        this.kind = kind;
    }

    /** @return distance or area */
    public Kind kind() {
        return kind;
    }

    /** @param at a point clicked; after a finished measurement it starts a new one */
    public synchronized void add(Coordinate at) {
        if (finished) {
            points.clear();
            finished = false;
        }
        points.add(new Coordinate(at));
    }

    /** Ends the measurement; the next click starts another. */
    public synchronized void finish() {
        finished = true;
        pointer = null;
    }

    /** Forgets everything. */
    public synchronized void clear() {
        points.clear();
        pointer = null;
        finished = false;
    }

    /** @param at where the pointer is, or null */
    public synchronized void pointer(Coordinate at) {
        pointer = finished ? null : at;
    }

    /** @return the points clicked, and the pointer last while measuring */
    public synchronized List<Coordinate> points() {
        List<Coordinate> all = new ArrayList<>(points);
        if (pointer != null && !points.isEmpty()) {
            all.add(pointer);
        }
        return all;
    }

    /** @return metres (distance) or square metres (area) of {@link #points()} */
    public double value() {
        List<Coordinate> all = points();
        return kind == Kind.DISTANCE ? Geodesic.length(all) : Geodesic.area(all);
    }

    /** @return the value for a person: m or km; m² with ha or km² */
    public String text() {
        return kind == Kind.DISTANCE ? metres(value()) : squareMetres(value());
    }

    static String metres(double m) {
        return m < 1000 ? String.format(Locale.ROOT, "%.1f m", m) : String.format(Locale.ROOT, "%.3f km", m / 1000);
    }

    static String squareMetres(double m2) {
        if (m2 < 10_000) {
            return String.format(Locale.ROOT, "%.0f m²", m2);
        }
        return m2 < 1_000_000 ? String.format(Locale.ROOT, "%.0f m² (%.2f ha)", m2, m2 / 10_000)
                : String.format(Locale.ROOT, "%.3f km² (%.1f ha)", m2 / 1_000_000, m2 / 10_000);
    }
}

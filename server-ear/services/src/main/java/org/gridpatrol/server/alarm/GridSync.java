package org.gridpatrol.server.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.zone.Grid;
import org.gridpatrol.engine.zone.GridIndex;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.gridpatrol.model.GeoJson;

/**
 * Keeps the engine's grid index in step with the grid table one grid at a time: a changed grid
 * is put, a retired one removed, and only the raster cells under them are recomputed, so an edit
 * in a district of thousands of grids costs what that one grid costs, and officers keep their
 * in-memory state. A full rebuild is asked for only when a grid lands off the raster (lookups
 * there would take the slow path) or the table lost rows behind the index's back.
 */
final class GridSync {
    /** Rows are read again this far back: a transaction stamps now() at its start and may commit late. */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    /** One row of the grid table; geometry null when the grid is retired. */
    record Row(long id, Instant updatedAt, Geometry geometry) {
    }

    private final Map<Long, Instant> inIndex = new HashMap<>();
    private Instant newest = Instant.EPOCH;

    /** The time from which rows must be read for the next {@link #apply}. */
    Instant readFrom() {
        return newest.minus(OVERLAP);
    }

    /** After a full build from these rows. */
    void reset(List<Row> rows) {
        inIndex.clear();
        newest = Instant.EPOCH;
        rows.forEach(this::note);
    }

    /**
     * Applies the rows changed since {@link #readFrom()} to the index.
     *
     * @param liveGrids how many live grids the table holds now
     * @return false when the index must be built afresh instead
     */
    boolean apply(GridIndex index, List<Row> changed, long liveGrids) {
        Envelope raster = index.rasterExtent();
        for (Row row : changed) {
            if (row.geometry() != null && !raster.contains(row.geometry().getEnvelopeInternal())) {
                return false;
            }
        }
        for (Row row : changed) {
            if (row.updatedAt().equals(inIndex.get(row.id()))) {
                continue; // read again only because of the overlap
            }
            if (row.geometry() == null) {
                index.remove(row.id());
            } else {
                index.put(new Grid(row.id(), row.geometry()));
            }
            note(row);
        }
        return index.size() == liveGrids;
    }

    private void note(Row row) {
        if (row.geometry() == null) {
            inIndex.remove(row.id());
        } else {
            inIndex.put(row.id(), row.updatedAt());
        }
        newest = row.updatedAt().isAfter(newest) ? row.updatedAt() : newest;
    }

    /** Grids changed since a time (all live ones when null), retired ones without geometry. */
    static List<Row> rows(Connection db, Instant since) throws SQLException {
        List<Row> rows = new ArrayList<>();
        WKBReader wkb = new WKBReader(GeoJson.factory());
        String sql = "SELECT id, updated_at, CASE WHEN retired_at IS NULL THEN ST_AsBinary(geom) END FROM grid WHERE "
                + (since == null ? "retired_at IS NULL" : "updated_at >= ?");
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (since != null) {
                query.setTimestamp(1, Timestamp.from(since));
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    byte[] geometry = row.getBytes(3);
                    rows.add(new Row(row.getLong(1), row.getTimestamp(2).toInstant(),
                            geometry == null ? null : wkb.read(geometry)));
                }
            }
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS sent a geometry JTS cannot read", e);
        }
        return rows;
    }
}

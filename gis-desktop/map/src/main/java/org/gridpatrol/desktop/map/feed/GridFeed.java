package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerConnection.Conditional;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.openide.util.RequestProcessor;

/**
 * Loads the grids of the part of the map in view ({@code GET /grids?bbox=&simplify=}),
 * asking with the ETag it holds so an unchanged view costs a 304.
 */
public final class GridFeed {
    private static final Logger LOG = Logger.getLogger(GridFeed.class.getName());
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol grids", 1, true);

    private final ServerConnection connection;
    private final GridCatalog catalog;
    private String lastQuery;
    private String etag;

    /** @param connection the server; @param catalog where the grids go */
    public GridFeed(ServerConnection connection, GridCatalog catalog) {
        this.connection = connection;
        this.catalog = catalog;
    }

    /**
     * Loads every grid (simplified for an overview) and hands them over when done.
     *
     * @param simplifyM simplification tolerance in metres
     * @param done      told the grids on the loader's thread
     */
    public void loadAll(double simplifyM, Consumer<List<MapGrid>> done) {
        LOADER.post(() -> load(String.format(Locale.ROOT, "/grids?simplify=%.1f", simplifyM), done));
    }

    /**
     * Loads the grids inside a box.
     *
     * @param minLon west, @param minLat south, @param maxLon east, @param maxLat north
     * @param simplifyM simplification tolerance in metres (0 for none)
     */
    public void loadView(double minLon, double minLat, double maxLon, double maxLat, double simplifyM) {
        String query = String.format(Locale.ROOT, "/grids?bbox=%.6f,%.6f,%.6f,%.6f&simplify=%.1f",
                minLon, minLat, maxLon, maxLat, simplifyM);
        LOADER.post(() -> load(query, catalog::replace));
    }

    /** Forgets the ETag, so the next load reads the grids again (after an edit). */
    public synchronized void invalidate() {
        etag = null;
        lastQuery = null;
    }

    private void load(String query, Consumer<List<MapGrid>> done) {
        try {
            String held;
            synchronized (this) {
                held = query.equals(lastQuery) ? etag : null;
            }
            Conditional answer = connection.getIfChanged(query, held);
            if (answer.unchanged()) {
                return;
            }
            JsonNode collection = connection.mapper().readTree(answer.body());
            List<MapGrid> grids = GridFeatures.read(collection);
            synchronized (this) {
                lastQuery = query;
                etag = answer.etag();
            }
            LOG.log(Level.FINE, "{0} grids from {1}", new Object[] {grids.size(), query});
            done.accept(grids);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "grids not loaded: " + query, e);
        }
    }
}

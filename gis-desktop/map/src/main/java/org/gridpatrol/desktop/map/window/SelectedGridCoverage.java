package org.gridpatrol.desktop.map.window;

import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.CoveredGrid;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.feed.TodayCoverage;
import org.gridpatrol.desktop.map.layers.CoveredAreaPainter;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayer;
import org.openide.util.RequestProcessor;

/**
 * Keeps the covered-area layer on the selected grid: while the layer is shown, selecting a grid
 * asks the server for today's coverage of it (off the event thread); selecting none clears it.
 */
final class SelectedGridCoverage {
    private static final Logger LOG = Logger.getLogger(SelectedGridCoverage.class.getName());
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol coverage", 1);

    private final GridCatalog grids;
    private final LongFunction<MapGrid> finder;
    private final LayerOrder order;
    private final CoveredAreaPainter painter;
    private final TodayCoverage source;
    private final Runnable repaint;
    private Long asked;

    SelectedGridCoverage(GridCatalog grids, LongFunction<MapGrid> finder, LayerOrder order, CoveredAreaPainter painter,
                         TodayCoverage source, Runnable repaint) {
        this.grids = grids;
        this.finder = finder;
        this.order = order;
        this.painter = painter;
        this.source = source;
        this.repaint = repaint;
        grids.addChangeListener(e -> check());
        order.addChangeListener(e -> check());
    }

    private synchronized void check() {
        Long id = grids.selected();
        if (id == null || !order.visible(MapLayer.COVERAGE)) {
            asked = null;
            if (id == null && painter.shown() != null) {
                painter.show(null);
                repaint.run();
            }
            return;
        }
        MapGrid grid = finder.apply(id);
        if (id.equals(asked) || grid == null) {
            return;
        }
        asked = id;
        LOADER.post(() -> load(grid));
    }

    private void load(MapGrid grid) {
        try {
            CoveredGrid covered = source.load(grid);
            synchronized (this) {
                if (!Long.valueOf(grid.id()).equals(asked)) {
                    return;
                }
            }
            painter.show(covered);
            repaint.run();
        } catch (ServerException e) {
            LOG.log(Level.INFO, "coverage of grid " + grid.id() + " not loaded", e);
        }
    }
}

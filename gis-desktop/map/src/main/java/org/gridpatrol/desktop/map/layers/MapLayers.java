package org.gridpatrol.desktop.map.layers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.CompoundPainter;
import org.jxmapviewer.painter.Painter;

/**
 * The map's layers in the order the user chose ({@link LayerOrder}), then the overlays other
 * modules add, composed into the one painter the viewer draws over its tiles. The base map is
 * the tiles themselves: the window swaps the tile factory when it is switched off.
 */
public final class MapLayers {
    private final GridPainter grids;
    private final CoveredAreaPainter coverage = new CoveredAreaPainter();
    private final CheckpointPainter checkpoints;
    private final AlarmPainter alarms;
    private final Map<MapLayer, Painter<JXMapViewer>> painters = new EnumMap<>(MapLayer.class);
    private final LayerOrder order;
    private final List<Painter<JXMapViewer>> overlays = new ArrayList<>();
    private final CompoundPainter<JXMapViewer> compound = new CompoundPainter<>();

    /** @param catalog the grids; @param positions the officers; in the default order, all shown */
    public MapLayers(GridCatalog catalog, LivePositions positions) {
        this(catalog, positions, new LayerOrder());
    }

    /** @param catalog the grids; @param positions the officers; @param order which layers show, in which order */
    public MapLayers(GridCatalog catalog, LivePositions positions, LayerOrder order) {
        this(catalog, positions, order, new OfficerStates(positions, catalog::find, Clock.systemUTC()), Clock.systemUTC());
    }

    /**
     * @param catalog   the grids
     * @param positions the officers
     * @param order     which layers show, in which order
     * @param states    each officer's status, which his mark shows
     * @param clock     the present (how long a silent officer has been silent)
     */
    public MapLayers(GridCatalog catalog, LivePositions positions, LayerOrder order, OfficerStates states, Clock clock) {
        this.order = order;
        grids = new GridPainter(catalog);
        checkpoints = new CheckpointPainter(catalog);
        painters.put(MapLayer.GRIDS, grids);
        painters.put(MapLayer.COVERAGE, coverage);
        painters.put(MapLayer.CHECKPOINTS, checkpoints);
        painters.put(MapLayer.TRAILS, new TrailPainter(positions));
        alarms = new AlarmPainter(positions);
        painters.put(MapLayer.ALARMS, alarms);
        painters.put(MapLayer.OFFICERS, new OfficerPainter(positions, states, clock));
        compound.setCacheable(false);
        order.addChangeListener(e -> compose());
        compose();
    }

    /** @return the painter to give {@link JXMapViewer#setOverlayPainter} */
    public CompoundPainter<JXMapViewer> painter() {
        return compound;
    }

    /** @return which layers show, in which order */
    public LayerOrder order() {
        return order;
    }

    /** @return the grid layer (for picking a grid under the pointer) */
    public GridPainter grids() {
        return grids;
    }

    /** @return the checkpoints layer, to hand it the checkpoints read from the server */
    public CheckpointPainter checkpoints() {
        return checkpoints;
    }

    /** @return the alarms layer, to hand it the places of the alarms going on */
    public AlarmPainter alarms() {
        return alarms;
    }

    /** @return the covered-area layer, to hand it the selected grid's coverage */
    public CoveredAreaPainter coverage() {
        return coverage;
    }

    /** @param overlay a layer drawn above the others */
    public synchronized void addOverlay(Painter<JXMapViewer> overlay) {
        overlays.add(overlay);
        compose();
    }

    /** @param grid show grids; @param trail show trails; @param officer show officers and alarms */
    public void show(boolean grid, boolean trail, boolean officer) {
        order.setVisible(MapLayer.GRIDS, grid);
        order.setVisible(MapLayer.TRAILS, trail);
        order.setVisible(MapLayer.ALARMS, officer);
        order.setVisible(MapLayer.OFFICERS, officer);
    }

    private synchronized void compose() {
        List<Painter<JXMapViewer>> drawn = new ArrayList<>();
        for (MapLayer layer : order.order()) {
            Painter<JXMapViewer> painter = painters.get(layer);
            if (painter != null && order.visible(layer)) {
                drawn.add(painter);
            }
        }
        drawn.addAll(overlays);
        compound.setPainters(drawn);
    }
}

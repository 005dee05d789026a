package org.gridpatrol.desktop.map.window;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Point2D;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.MapTool;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.api.ViewerProjection;
import org.gridpatrol.desktop.map.feed.AlarmPlaces;
import org.gridpatrol.desktop.map.feed.CheckpointFeed;
import org.gridpatrol.desktop.map.feed.GridFeed;
import org.gridpatrol.desktop.map.feed.LastPositionFeed;
import org.gridpatrol.desktop.map.feed.LiveFeed;
import org.gridpatrol.desktop.map.feed.OfficerDirectory;
import org.gridpatrol.desktop.map.feed.OwnGrids;
import org.gridpatrol.desktop.map.feed.TodayCoverage;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayers;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.gridpatrol.model.alarm.AlarmView;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.CompoundPainter;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;
import org.openide.awt.UndoRedo;
import org.openide.util.NbPreferences;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;

/**
 * The one map of the application: its models, layers, active tool and viewer. The map
 * window creates the viewer and binds it here; other modules reach it as {@link MapContext}.
 */
@ServiceProvider(service = MapContext.class)
public final class MapSession implements MapContext {
    private static final Logger LOG = Logger.getLogger(MapSession.class.getName());
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol map layers", 1);
    private final GridCatalog grids = new GridCatalog();
    private final LivePositions officers = new LivePositions();
    private final LayerOrder order = new LayerOrder();
    private final OfficerStates states = new OfficerStates(officers, this::findGrid, Clock.systemUTC());
    private final MapLayers layers = new MapLayers(grids, officers, order, states, Clock.systemUTC());
    private final DelegatingUndoRedo undoRedo = new DelegatingUndoRedo();
    private final ServerConnection connection;
    private final GridFeed feed;
    private final AlarmPlaces alarmPlaces;
    private final OwnGrids ownGrids;
    private volatile JXMapViewer viewer;
    private volatile MapTool tool;
    private volatile boolean fitted;
    /** Every grid of the caller's scope, simplified, as loaded after sign-in: what search and zooms look in. */
    private volatile List<MapGrid> allGrids = List.of();

    /** Used by the Lookup: follows sign-ins, the event stream and the catalog. */
    public MapSession() {
        connection = Connections.server();
        feed = new GridFeed(connection, grids);
        grids.addChangeListener(e -> {
            states.gridsChanged(false);
            repaint();
        });
        officers.addChangeListener(e -> repaint());
        LiveFeed.follow(Connections.events(), officers);
        alarmPlaces = new AlarmPlaces(connection, places -> {
            layers.alarms().show(places);
            repaint();
        });
        alarmPlaces.follow(Connections.events());
        states.addChangeListener(e -> repaint());
        followAlarms(Connections.events());
        ownGrids = new OwnGrids(connection, states, Clock.systemUTC());
        ownGrids.follow(officers);
        connection.whenSignedIn(this::signedIn);
        // colours chosen in Tools ▸ Options: the same grids again make the grid layer redraw
        DesktopOptions.get().addChangeListener(e -> grids.replace(grids.grids()));
        Preferences preferences = NbPreferences.forModule(MapSession.class);
        String stored = preferences.get("layers", null);
        if (stored == null) {
            // the covered area costs the server a coverage computation per selected grid: on when asked for
            order.setVisible(org.gridpatrol.desktop.map.layers.MapLayer.COVERAGE, false);
        } else {
            order.parse(stored);
        }
        order.addChangeListener(e -> {
            preferences.put("layers", order.format());
            repaint();
        });
        new SelectedGridCoverage(grids, this::findGrid, order, layers.coverage(),
                new TodayCoverage(connection, Clock.systemDefaultZone(), ZoneId.systemDefault()), this::repaint);
    }

    private void followAlarms(ServerEvents events) {
        Consumer<JsonNode> read = data -> {
            try {
                states.alarm(connection.mapper().treeToValue(data, AlarmView.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                LOG.log(Level.INFO, "not an alarm: " + data, e);
            }
        };
        events.subscribe("alarm.opened", read);
        events.subscribe("alarm.closed", read);
    }

    private void signedIn() {
        fitted = false;
        states.clear();
        ownGrids.forget();
        feed.invalidate();
        feed.loadAll(5, loaded -> {
            allGrids = List.copyOf(loaded);
            states.gridsChanged(true);
            grids.replace(loaded);
            SwingUtilities.invokeLater(this::fitToGrids);
        });
        RequestProcessor.getDefault().post(() -> OfficerDirectory.load(connection, officers));
        LOADER.post(() -> {
            try {
                LastPositionFeed.load(connection, officers);
            } catch (ServerException e) {
                LOG.log(Level.INFO, "last positions not loaded", e);
            }
        });
        LOADER.post(this::loadCheckpoints);
        LOADER.post(() -> {
            try {
                states.alarms(alarmPlaces.loadAll());
            } catch (ServerException e) {
                LOG.log(Level.INFO, "alarm places not loaded", e);
            }
        });
    }

    private void loadCheckpoints() {
        try {
            layers.checkpoints().show(CheckpointFeed.load(connection));
            repaint();
        } catch (ServerException e) {
            LOG.log(Level.INFO, "checkpoints not loaded", e);
        }
    }

    void bind(JXMapViewer map, Painter<JXMapViewer> chrome) {
        viewer = map;
        CompoundPainter<JXMapViewer> all = new CompoundPainter<>(layers.painter(), chrome);
        all.setCacheable(false);
        map.setOverlayPainter(all);
        if (!grids.grids().isEmpty()) {
            fitToGrids();
        }
    }

    /** Fits the map to all grids once after each sign-in. */
    void fitToGrids() {
        JXMapViewer map = viewer;
        if (map == null || fitted || grids.grids().isEmpty() || map.getWidth() == 0) {
            return;
        }
        MapFit.toGrids(map, grids.grids());
        fitted = true;
    }

    /** Fits the map to all grids now. */
    void fitAgain() {
        fitted = false;
        fitToGrids();
    }

    /** @return the grids search and zooms look in: all of the scope once loaded, else those on the map */
    List<MapGrid> searchable() {
        List<MapGrid> all = allGrids;
        return all.isEmpty() ? grids.grids() : all;
    }

    private MapGrid findGrid(long id) {
        MapGrid grid = grids.find(id);
        if (grid != null) {
            return grid;
        }
        for (MapGrid g : allGrids) {
            if (g.id() == id) {
                return g;
            }
        }
        return null;
    }

    MapLayers layers() {
        return layers;
    }

    GridFeed feed() {
        return feed;
    }

    MapTool tool() {
        return tool;
    }

    @Override
    public GridCatalog grids() {
        return grids;
    }

    @Override
    public LivePositions officers() {
        return officers;
    }

    @Override
    public OfficerStates officerStates() {
        return states;
    }

    @Override
    public GeoProjection projection() {
        JXMapViewer map = viewer;
        return map == null ? null : new ViewerProjection(map);
    }

    @Override
    public JXMapViewer viewer() {
        return viewer;
    }

    @Override
    public void addOverlay(Painter<JXMapViewer> overlay) {
        layers.addOverlay(overlay);
        repaint();
    }

    @Override
    public void setTool(MapTool newTool) {
        MapTool old = tool;
        if (old != null && old != newTool) {
            old.deactivate();
        }
        tool = newTool;
        if (newTool != null && newTool != old) {
            newTool.activate();
        }
        repaint();
    }

    @Override
    public void setUndoRedo(UndoRedo target) {
        undoRedo.setTarget(target);
    }

    @Override
    public UndoRedo undoRedo() {
        return undoRedo;
    }

    @Override
    public void repaint() {
        JXMapViewer map = viewer;
        if (map != null) {
            map.repaint();
        }
    }

    @Override
    public void showOfficer(long officerId) {
        officers.select(officerId);
        OfficerPosition position = officers.latest(officerId);
        JXMapViewer map = viewer;
        if (position != null && map != null) {
            SwingUtilities.invokeLater(() -> map.setCenterPosition(new GeoPosition(position.lat(), position.lon())));
        }
    }

    @Override
    public void showGrid(long gridId) {
        grids.select(gridId);
        MapGrid grid = findGrid(gridId);
        JXMapViewer map = viewer;
        if (grid != null && map != null) {
            SwingUtilities.invokeLater(() -> MapFit.toGrids(map, List.of(grid)));
        }
    }

    @Override
    public void showUnits(Set<Long> orgUnitIds) {
        List<MapGrid> theirs = new ArrayList<>();
        for (MapGrid grid : searchable()) {
            if (orgUnitIds.contains(grid.orgUnitId())) {
                theirs.add(grid);
            }
        }
        JXMapViewer map = viewer;
        if (map != null && !theirs.isEmpty()) {
            SwingUtilities.invokeLater(() -> MapFit.toGrids(map, theirs));
        }
    }

    @Override
    public void reloadGrids() {
        feed.invalidate();
        feed.loadAll(5, loaded -> {
            allGrids = List.copyOf(loaded);
            states.gridsChanged(true);
        });
        LOADER.post(this::loadCheckpoints);
        JXMapViewer map = viewer;
        if (map != null) {
            SwingUtilities.invokeLater(() -> ViewportLoader.loadNow(map, feed));
        }
    }

    /** @return the lon/lat under a component pixel, for the status line */
    Coordinate geoAt(Point2D pixel) {
        GeoProjection projection = projection();
        return projection == null ? null : projection.toGeo(pixel);
    }
}

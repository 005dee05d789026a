package org.gridpatrol.desktop.map.window;

import java.awt.geom.Point2D;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.MapTool;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.api.ViewerProjection;
import org.gridpatrol.desktop.map.feed.GridFeed;
import org.gridpatrol.desktop.map.feed.LiveFeed;
import org.gridpatrol.desktop.map.feed.OfficerDirectory;
import org.gridpatrol.desktop.map.layers.MapLayers;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.GeoPosition;
import org.jxmapviewer.viewer.TileFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.openide.awt.UndoRedo;
import org.openide.util.RequestProcessor;
import org.openide.util.lookup.ServiceProvider;

/**
 * The one map of the application: its models, layers, active tool and viewer. The map
 * window creates the viewer and binds it here; other modules reach it as {@link MapContext}.
 */
@ServiceProvider(service = MapContext.class)
public final class MapSession implements MapContext {
    private final GridCatalog grids = new GridCatalog();
    private final LivePositions officers = new LivePositions();
    private final MapLayers layers = new MapLayers(grids, officers);
    private final DelegatingUndoRedo undoRedo = new DelegatingUndoRedo();
    private final ServerConnection connection;
    private final GridFeed feed;
    private volatile JXMapViewer viewer;
    private volatile MapTool tool;
    private volatile boolean fitted;

    /** Used by the Lookup: follows sign-ins, the event stream and the catalog. */
    public MapSession() {
        connection = Connections.server();
        feed = new GridFeed(connection, grids);
        grids.addChangeListener(e -> repaint());
        officers.addChangeListener(e -> repaint());
        LiveFeed.follow(Connections.events(), officers);
        connection.whenSignedIn(this::signedIn);
        // colours chosen in Tools ▸ Options: the same grids again make the grid layer redraw
        DesktopOptions.get().addChangeListener(e -> grids.replace(grids.grids()));
    }

    private void signedIn() {
        fitted = false;
        feed.invalidate();
        feed.loadAll(5, loaded -> {
            grids.replace(loaded);
            SwingUtilities.invokeLater(this::fitToGrids);
        });
        RequestProcessor.getDefault().post(() -> OfficerDirectory.load(connection, officers));
    }

    void bind(JXMapViewer map) {
        viewer = map;
        map.setOverlayPainter(layers.painter());
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
        Envelope all = new Envelope();
        grids.grids().forEach(g -> all.expandToInclude(g.geometry().getEnvelopeInternal()));
        fit(map, all);
        fitted = true;
    }

    /** Fits the map to all grids now. */
    void fitAgain() {
        fitted = false;
        fitToGrids();
    }

    /** Centres on a box at the most detailed zoom that shows all of it within 90 % of the map. */
    private static void fit(JXMapViewer map, Envelope box) {
        TileFactory tiles = map.getTileFactory();
        int zoom = tiles.getInfo().getMaximumZoomLevel();
        for (int z = tiles.getInfo().getMinimumZoomLevel(); z <= tiles.getInfo().getMaximumZoomLevel(); z++) {
            Point2D sw = tiles.geoToPixel(new GeoPosition(box.getMinY(), box.getMinX()), z);
            Point2D ne = tiles.geoToPixel(new GeoPosition(box.getMaxY(), box.getMaxX()), z);
            if (ne.getX() - sw.getX() <= map.getWidth() * 0.9 && sw.getY() - ne.getY() <= map.getHeight() * 0.9) {
                zoom = z;
                break;
            }
        }
        map.setZoom(zoom);
        map.setCenterPosition(new GeoPosition((box.getMinY() + box.getMaxY()) / 2, (box.getMinX() + box.getMaxX()) / 2));
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
        MapGrid grid = grids.find(gridId);
        JXMapViewer map = viewer;
        if (grid != null && map != null) {
            Envelope around = new Envelope(grid.geometry().getEnvelopeInternal());
            around.expandBy(around.getWidth() * 0.1, around.getHeight() * 0.1);
            SwingUtilities.invokeLater(() -> fit(map, around));
        }
    }

    @Override
    public void reloadGrids() {
        feed.invalidate();
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

package org.gridpatrol.desktop.map.window;

import java.awt.BorderLayout;
import java.awt.geom.Point2D;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPopupMenu;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.desktop.map.api.CoveredGrid;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.basemap.BaseMap;
import org.gridpatrol.desktop.map.basemap.PlainTileFactory;
import org.gridpatrol.desktop.map.basemap.TileFactories;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayer;
import org.gridpatrol.desktop.map.layers.ScaleBarPainter;
import org.gridpatrol.desktop.map.search.GridSearchField;
import org.gridpatrol.desktop.options.api.BaseMapSource;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.input.ZoomMouseWheelListenerCursor;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.UndoRedo;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.windows.TopComponent;

/** The map window: a toolbar of layers and base map, the map, and a status line. */
@TopComponent.Description(preferredID = "MapTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = true, position = 10)
@ActionID(category = "Window", id = "org.gridpatrol.desktop.map.window.MapTopComponent")
@ActionReference(path = "Menu/Window", position = 10)
@TopComponent.OpenActionRegistration(displayName = "#CTL_MapAction", preferredID = "MapTopComponent")
public final class MapTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    /** The demo district's centre, shown before any grid arrives. */
    private static final GeoPosition START = new GeoPosition(32.93, 117.36);

    private final transient MapSession session;
    private final JXMapViewer map = new JXMapViewer();
    private final JLabel status = new JLabel(" ");
    private transient Point2D pointer = new Point2D.Double();
    /** The base map chosen: the session's {@code gridpatrol.basemap} until one is saved in Options. */
    private transient BaseMap baseMap;
    private String savedBaseMap;

    /** Creates the map window. */
    public MapTopComponent() {
        session = (MapSession) Lookup.getDefault().lookup(MapContext.class);
        setName(NbBundle.getMessage(MapTopComponent.class, "CTL_MapTopComponent"));
        setLayout(new BorderLayout());
        String configured = System.getProperty("gridpatrol.basemap");
        savedBaseMap = DesktopOptions.get().baseMap().format();
        baseMap = BaseMap.parse(configured != null ? configured : savedBaseMap);
        map.setTileFactory(session.layers().order().visible(MapLayer.BASE_MAP) ? TileFactories.create(baseMap)
                : new PlainTileFactory());
        map.setZoom(5);
        map.setAddressLocation(START);
        map.addMouseWheelListener(new ZoomMouseWheelListenerCursor(map));
        new MapMouse(map, session, this::pointerAt).install();
        new ViewportLoader(map, session.feed());
        add(toolbar(), BorderLayout.NORTH);
        add(map, BorderLayout.CENTER);
        status.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        add(status, BorderLayout.SOUTH);
        // after the zoom settles: the viewer recentres only after it announces the new level
        map.addPropertyChangeListener("zoom", e -> SwingUtilities.invokeLater(() -> pointerAt(pointer)));
        session.bind(map, new ScaleBarPainter());
        LayerOrder order = session.layers().order();
        order.addChangeListener(e -> SwingUtilities.invokeLater(() -> showBaseMap(order.visible(MapLayer.BASE_MAP))));
        // a base map newly saved in Tools ▸ Options (or by the 底图… dialog) replaces the one shown; other
        // settings changing (the server at sign-in, colours) leave it alone
        DesktopOptions.get().addChangeListener(e -> SwingUtilities.invokeLater(() -> {
            String saved = DesktopOptions.get().baseMap().format();
            if (!saved.equals(savedBaseMap)) {
                savedBaseMap = saved;
                baseMap = BaseMap.parse(saved);
                order.setVisible(MapLayer.BASE_MAP, true);
                keepingView(() -> map.setTileFactory(TileFactories.create(baseMap)));
            }
        }));
    }

    /** Switches the tiles between the chosen base map and plain paper, keeping the view. */
    private void showBaseMap(boolean show) {
        boolean plain = map.getTileFactory() instanceof PlainTileFactory;
        if (show == !plain) {
            return;
        }
        keepingView(() -> map.setTileFactory(show ? TileFactories.create(baseMap) : new PlainTileFactory()));
    }

    private void keepingView(Runnable change) {
        int zoom = map.getZoom();
        GeoPosition centre = map.getCenterPosition();
        change.run();
        map.setZoom(zoom);
        map.setCenterPosition(centre);
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton all = new JButton(NbBundle.getMessage(MapTopComponent.class, "BTN_ZoomAll"));
        all.addActionListener(e -> session.fitAgain());
        bar.add(all);
        JButton base = new JButton(NbBundle.getMessage(MapTopComponent.class, "BTN_BaseMap"));
        base.addActionListener(e -> {
            BaseMap chosen = BaseMapDialog.ask(baseMap);
            BaseMapSource source = chosen == null ? null : BaseMapSource.parse(chosen.format());
            if (source != null && source.problem().isPresent()) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(NbBundle.getMessage(MapTopComponent.class,
                        "MSG_BaseMapRefused", source.format()), NotifyDescriptor.WARNING_MESSAGE));
            } else if (source != null) {
                DesktopOptions.get().setBaseMap(source);
            }
        });
        bar.add(base);
        JButton layers = new JButton(NbBundle.getMessage(MapTopComponent.class, "BTN_Layers"));
        JPopupMenu list = new JPopupMenu();
        list.add(new LayerList(session.layers().order()));
        layers.addActionListener(e -> list.show(layers, 0, layers.getHeight()));
        bar.add(layers);
        bar.addSeparator();
        bar.add(new JLabel(NbBundle.getMessage(MapTopComponent.class, "LBL_SearchGrid") + " "));
        GridSearchField search = new GridSearchField(session::searchable, grid -> session.showGrid(grid.id()));
        search.setToolTipText(NbBundle.getMessage(MapTopComponent.class, "TIP_SearchGrid"));
        bar.add(search);
        return bar;
    }

    private void pointerAt(Point2D pixel) {
        pointer = pixel;
        Coordinate at = session.geoAt(pixel);
        ServerEvents.State live = Connections.events().state();
        if (at == null) {
            return;
        }
        status.setText(NbBundle.getMessage(MapTopComponent.class, "LBL_Pointer",
                String.format(Locale.ROOT, "%.6f", at.x), String.format(Locale.ROOT, "%.6f", at.y))
                + String.format(Locale.ROOT, "    z%d    %s", map.getZoom(),
                NbBundle.getMessage(MapTopComponent.class, "EVENTS_" + live)) + coveredToday());
    }

    /** @return the selected grid's covered share today while the covered-area layer shows it, else nothing */
    private String coveredToday() {
        CoveredGrid covered = session.layers().coverage().shown();
        Long selected = session.grids().selected();
        if (covered == null || selected == null || covered.gridId() != selected
                || !session.layers().order().visible(MapLayer.COVERAGE)) {
            return "";
        }
        return "    " + NbBundle.getMessage(MapTopComponent.class, "LBL_CoveredToday",
                String.format(Locale.ROOT, "%.0f", covered.share() * 100));
    }

    @Override
    protected void componentShowing() {
        session.fitToGrids();
    }

    @Override
    public UndoRedo getUndoRedo() {
        return session.undoRedo();
    }
}

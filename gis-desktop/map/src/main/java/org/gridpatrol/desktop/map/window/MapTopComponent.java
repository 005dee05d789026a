package org.gridpatrol.desktop.map.window;

import java.awt.BorderLayout;
import java.awt.geom.Point2D;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerEvents;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.basemap.BaseMap;
import org.gridpatrol.desktop.map.basemap.TileFactories;
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
    private String shownBaseMap;
    private String savedBaseMap;

    /** Creates the map window. */
    public MapTopComponent() {
        session = (MapSession) Lookup.getDefault().lookup(MapContext.class);
        setName(NbBundle.getMessage(MapTopComponent.class, "CTL_MapTopComponent"));
        setLayout(new BorderLayout());
        String configured = System.getProperty("gridpatrol.basemap");
        show(BaseMap.parse(configured != null ? configured : DesktopOptions.get().baseMap().format()));
        // a base map newly saved in Tools ▸ Options (or by the 底图… dialog) replaces the one shown; other
        // settings changing (the server at sign-in, colours) leave it alone
        savedBaseMap = DesktopOptions.get().baseMap().format();
        DesktopOptions.get().addChangeListener(e -> SwingUtilities.invokeLater(() -> {
            String saved = DesktopOptions.get().baseMap().format();
            if (!saved.equals(savedBaseMap)) {
                savedBaseMap = saved;
                show(BaseMap.parse(saved));
            }
        }));
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
        session.bind(map);
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton all = new JButton(NbBundle.getMessage(MapTopComponent.class, "BTN_ZoomAll"));
        all.addActionListener(e -> session.fitAgain());
        bar.add(all);
        JButton base = new JButton(NbBundle.getMessage(MapTopComponent.class, "BTN_BaseMap"));
        base.addActionListener(e -> {
            BaseMap chosen = BaseMapDialog.ask(BaseMap.parse(shownBaseMap));
            BaseMapSource source = chosen == null ? null : BaseMapSource.parse(chosen.format());
            if (source != null && source.problem().isPresent()) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(NbBundle.getMessage(MapTopComponent.class,
                        "MSG_BaseMapRefused", source.format()), NotifyDescriptor.WARNING_MESSAGE));
            } else if (source != null) {
                DesktopOptions.get().setBaseMap(source);
            }
        });
        bar.add(base);
        bar.addSeparator();
        JCheckBox grids = toggle(bar, "CHK_Grids");
        JCheckBox trails = toggle(bar, "CHK_Trails");
        JCheckBox officers = toggle(bar, "CHK_Officers");
        Runnable apply = () -> {
            session.layers().show(grids.isSelected(), trails.isSelected(), officers.isSelected());
            map.repaint();
        };
        grids.addActionListener(e -> apply.run());
        trails.addActionListener(e -> apply.run());
        officers.addActionListener(e -> apply.run());
        return bar;
    }

    private static JCheckBox toggle(JToolBar bar, String key) {
        JCheckBox box = new JCheckBox(NbBundle.getMessage(MapTopComponent.class, key), true);
        box.setFocusable(false);
        bar.add(box);
        return box;
    }

    private void show(BaseMap baseMap) {
        if (!baseMap.format().equals(shownBaseMap)) {
            // a new tile factory resets the viewer to its default zoom: keep the supervisor's view
            int zoom = map.getZoom();
            GeoPosition centre = map.getCenterPosition();
            boolean first = shownBaseMap == null;
            shownBaseMap = baseMap.format();
            map.setTileFactory(TileFactories.create(baseMap));
            if (!first) {
                map.setZoom(zoom);
                map.setCenterPosition(centre);
            }
        }
    }

    private void pointerAt(Point2D pixel) {
        pointer = pixel;
        Coordinate at = session.geoAt(pixel);
        ServerEvents.State live = Connections.events().state();
        status.setText(String.format(Locale.ROOT, "%.6f, %.6f    z%d    %s", at.x, at.y, map.getZoom(),
                NbBundle.getMessage(MapTopComponent.class, "EVENTS_" + live)));
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

package org.gridpatrol.desktop.map.window;

import java.awt.BorderLayout;
import java.awt.geom.Point2D;
import java.util.Locale;
import java.util.prefs.Preferences;
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
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.input.ZoomMouseWheelListenerCursor;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.UndoRedo;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;
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
    private final transient Preferences preferences = NbPreferences.forModule(MapTopComponent.class);
    private final JXMapViewer map = new JXMapViewer();
    private final JLabel status = new JLabel(" ");
    private transient Point2D pointer = new Point2D.Double();

    /** Creates the map window. */
    public MapTopComponent() {
        session = (MapSession) Lookup.getDefault().lookup(MapContext.class);
        setName(NbBundle.getMessage(MapTopComponent.class, "CTL_MapTopComponent"));
        setLayout(new BorderLayout());
        map.setTileFactory(TileFactories.create(baseMap()));
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
            BaseMap chosen = BaseMapDialog.ask(baseMap());
            if (chosen != null) {
                preferences.put("basemap", chosen.format());
                map.setTileFactory(TileFactories.create(chosen));
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

    private BaseMap baseMap() {
        String configured = System.getProperty("gridpatrol.basemap");
        return BaseMap.parse(configured != null ? configured : preferences.get("basemap", "none:"));
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

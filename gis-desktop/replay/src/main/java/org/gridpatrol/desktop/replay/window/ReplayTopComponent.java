package org.gridpatrol.desktop.replay.window;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JToolBar;
import javax.swing.SpinnerDateModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.replay.coverage.CoverageLayer;
import org.gridpatrol.desktop.replay.coverage.CoverageLoader;
import org.gridpatrol.desktop.replay.coverage.CoveragePainter;
import org.gridpatrol.desktop.replay.coverage.CoveredArea;
import org.gridpatrol.desktop.replay.layer.MarksPainter;
import org.gridpatrol.desktop.replay.layer.ReplayPainter;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.model.track.TrackPhoto;
import org.jxmapviewer.JXMapViewer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The replay window: officers and a time window to pick, raw or cleaned track, the
 * controls (play, pause, step, speed) and the timeline; the tracks are drawn on the map.
 */
@TopComponent.Description(preferredID = "ReplayTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "output", openAtStartup = false, position = 20)
@ActionID(category = "Window", id = "org.gridpatrol.desktop.replay.window.ReplayTopComponent")
@ActionReference(path = "Menu/Window", position = 40)
@TopComponent.OpenActionRegistration(displayName = "#CTL_ReplayAction", preferredID = "ReplayTopComponent")
public final class ReplayTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol replay");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int FRAME_MS = 40;

    private final transient ReplayScene scene = new ReplayScene();
    private final transient ServerConnection connection = Connections.server();
    private final transient MapContext map = Lookup.getDefault().lookup(MapContext.class);
    private final transient Map<Long, String> labels = new HashMap<>();
    private final DefaultListModel<OfficerRoster.Entry> officers = new DefaultListModel<>();
    private final JList<OfficerRoster.Entry> officerList = new JList<>(officers);
    private final JSpinner from = moment();
    private final JSpinner to = moment();
    private final JCheckBox cleaned = new JCheckBox(text("CHK_Cleaned"));
    private final JButton play = new JButton(text("BTN_Play"));
    private final JComboBox<String> speed = new JComboBox<>();
    private final JLabel now = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final transient CoverageLayer coverage = new CoverageLayer();
    private final transient MarksPainter marks = new MarksPainter(scene);
    private boolean photoClicks;
    private final JCheckBox showCoverage = new JCheckBox(text("CHK_Coverage"), true);
    private final JLabel share = new JLabel(" ");
    private final Timer frames = new Timer(FRAME_MS, null);
    private long lastFrame;

    /** Creates the replay window and puts its layer on the map. */
    public ReplayTopComponent() {
        setName(text("CTL_ReplayTopComponent"));
        setLayout(new BorderLayout());
        // the covered area first, so the trails are drawn over it
        map.addOverlay(new CoveragePainter(coverage));
        map.addOverlay(new ReplayPainter(scene));
        map.addOverlay(marks);
        ZoneId zone = ZoneId.systemDefault();
        setWindow(LocalDate.now(zone).atStartOfDay(zone).toInstant(), Instant.now());
        add(query(), BorderLayout.NORTH);
        officerList.setVisibleRowCount(6);
        JScrollPane list = new JScrollPane(officerList);
        list.setPreferredSize(new Dimension(200, 120));
        add(list, BorderLayout.WEST);
        JPanel player = new JPanel(new BorderLayout());
        player.add(controls(), BorderLayout.NORTH);
        player.add(new TimelineBar(scene, zone), BorderLayout.CENTER);
        add(player, BorderLayout.CENTER);
        status.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        add(status, BorderLayout.SOUTH);
        frames.addActionListener(e -> frame());
        scene.addChangeListener(e -> SwingUtilities.invokeLater(this::showScene));
        connection.whenSignedIn(this::loadRoster);
    }

    private JToolBar query() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(new JLabel(text("LBL_From")));
        bar.add(from);
        bar.add(new JLabel(text("LBL_To")));
        bar.add(to);
        bar.add(cleaned);
        JButton load = new JButton(text("BTN_Load"));
        load.addActionListener(e -> loadSelected(null));
        bar.add(load);
        return bar;
    }

    private JToolBar controls() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        JButton back = new JButton(text("BTN_StepBack"));
        back.addActionListener(e -> scene.stepBack());
        play.addActionListener(e -> togglePlay());
        JButton forward = new JButton(text("BTN_StepForward"));
        forward.addActionListener(e -> scene.stepForward());
        for (int s : ReplayClock.SPEEDS) {
            speed.addItem(s + "\u00d7");
        }
        speed.setMaximumSize(speed.getPreferredSize());
        speed.addActionListener(e -> {
            if (scene.clock() != null) {
                scene.clock().setSpeed(ReplayClock.SPEEDS[speed.getSelectedIndex()]);
            }
        });
        bar.add(back);
        bar.add(play);
        bar.add(forward);
        bar.add(new JLabel(text("LBL_Speed")));
        bar.add(speed);
        bar.addSeparator();
        bar.add(now);
        bar.addSeparator();
        showCoverage.addActionListener(e -> {
            coverage.setVisible(showCoverage.isSelected());
            map.repaint();
        });
        bar.add(showCoverage);
        bar.add(share);
        return bar;
    }

    /**
     * Replays these officers over the window, paused at a moment.
     *
     * @param ids  the officers
     * @param start start of the window; @param end its end; @param at the first moment shown
     */
    void open(List<Long> ids, Instant start, Instant end, Instant at) {
        setWindow(start, end);
        officerList.clearSelection();
        for (int i = 0; i < officers.size(); i++) {
            if (ids.contains(officers.get(i).id())) {
                officerList.addSelectionInterval(i, i);
            }
        }
        load(ids, start, end, at);
    }

    private void loadSelected(Instant at) {
        List<Long> ids = new ArrayList<>();
        officerList.getSelectedValuesList().forEach(e -> ids.add(e.id()));
        if (ids.isEmpty()) {
            status.setText(text("MSG_PickOfficer"));
            return;
        }
        load(ids, ((Date) from.getValue()).toInstant(), ((Date) to.getValue()).toInstant(), at);
    }

    private void load(List<Long> ids, Instant start, Instant end, Instant at) {
        if (!start.isBefore(end)) {
            status.setText(text("MSG_BadWindow"));
            return;
        }
        boolean clean = cleaned.isSelected();
        status.setText(text("MSG_Loading"));
        coverage.clear();
        share.setText(text("MSG_CoverageLoading"));
        LOADER.post(() -> {
            try {
                List<ReplayTrack> tracks = new TrackLoader(connection).load(ids, this::label, start, end, clean);
                SwingUtilities.invokeLater(() -> loaded(tracks, start, end, at));
            } catch (ServerException e) {
                SwingUtilities.invokeLater(() -> status.setText(NbBundle.getMessage(ReplayTopComponent.class,
                        "MSG_LoadFailed", e.getMessage())));
                return;
            }
            loadCoverage(ids, start, end);
        });
    }

    /** After the tracks, so the replay starts while the server still measures the grids. */
    private void loadCoverage(List<Long> ids, Instant start, Instant end) {
        try {
            CoveredArea area = new CoverageLoader(connection).load(ids, start, end);
            SwingUtilities.invokeLater(() -> {
                coverage.show(area);
                share.setText(Double.isNaN(area.share()) ? text("MSG_NoGrids")
                        : NbBundle.getMessage(ReplayTopComponent.class, "MSG_Coverage",
                                String.format(java.util.Locale.ROOT, "%.1f", area.share() * 100), area.grids()));
                map.repaint();
            });
        } catch (ServerException e) {
            SwingUtilities.invokeLater(() -> share.setText(NbBundle.getMessage(ReplayTopComponent.class,
                    "MSG_CoverageFailed", e.getMessage())));
        }
    }

    private void loaded(List<ReplayTrack> tracks, Instant start, Instant end, Instant at) {
        ReplayClock clock = new ReplayClock(start, end);
        clock.setSpeed(ReplayClock.SPEEDS[speed.getSelectedIndex()]);
        if (at != null) {
            clock.seek(at);
        } else {
            tracks.stream().filter(t -> t.size() > 0).map(t -> t.time(0)).min(Instant::compareTo).ifPresent(clock::seek);
        }
        int fixes = tracks.stream().mapToInt(ReplayTrack::size).sum();
        long stops = tracks.stream().mapToLong(t -> t.stops().size()).sum();
        long alarms = tracks.stream().mapToLong(t -> t.alarms().size()).sum();
        long visits = tracks.stream().mapToLong(t -> t.visits().size()).sum();
        long photos = tracks.stream().mapToLong(t -> t.photos().size()).sum();
        status.setText(NbBundle.getMessage(ReplayTopComponent.class, "MSG_Loaded", tracks.size(), fixes, stops, alarms,
                visits, photos));
        listenForPhotoClicks();
        scene.load(tracks, clock);
        revalidate();
        if (!tracks.isEmpty() && tracks.get(0).size() > 0) {
            double[] p = tracks.get(0).positionAt(clock.now());
            if (p != null && map.viewer() != null) {
                map.viewer().setCenterPosition(new org.jxmapviewer.viewer.GeoPosition(p[1], p[0]));
            }
        }
    }

    /** A click on a photo's icon opens it; the map's viewer exists once the map window was opened. */
    private void listenForPhotoClicks() {
        JXMapViewer viewer = map.viewer();
        if (photoClicks || viewer == null) {
            return;
        }
        photoClicks = true;
        viewer.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                TrackPhoto photo = scene.clock() == null ? null : marks.photoAt(viewer, e.getPoint());
                if (photo != null) {
                    PhotoViewer.open(SwingUtilities.getWindowAncestor(viewer), connection, photo);
                }
            }
        });
    }

    private void togglePlay() {
        ReplayClock clock = scene.clock();
        if (clock == null) {
            return;
        }
        if (clock.playing()) {
            clock.pause();
        } else {
            clock.play();
        }
        scene.changed();
    }

    private void frame() {
        long t = System.nanoTime();
        scene.tick(Duration.ofNanos(t - lastFrame));
        lastFrame = t;
    }

    private void showScene() {
        ReplayClock clock = scene.clock();
        boolean playing = clock != null && clock.playing();
        if (playing && !frames.isRunning()) {
            lastFrame = System.nanoTime();
            frames.start();
        } else if (!playing && frames.isRunning()) {
            frames.stop();
        }
        play.setText(text(playing ? "BTN_Pause" : "BTN_Play"));
        now.setText(clock == null ? " " : MOMENT.format(clock.now().atZone(ZoneId.systemDefault())));
        map.repaint();
    }

    private void loadRoster() {
        LOADER.post(() -> {
            try {
                List<OfficerRoster.Entry> roster = OfficerRoster.load(connection);
                SwingUtilities.invokeLater(() -> {
                    officers.clear();
                    labels.clear();
                    roster.forEach(e -> {
                        officers.addElement(e);
                        labels.put(e.id(), e.label());
                    });
                });
            } catch (ServerException e) {
                SwingUtilities.invokeLater(() -> status.setText(NbBundle.getMessage(ReplayTopComponent.class,
                        "MSG_LoadFailed", e.getMessage())));
            }
        });
    }

    private String label(long officerId) {
        String known = labels.get(officerId);
        return known != null ? known : map.officers().label(officerId);
    }

    private void setWindow(Instant start, Instant end) {
        from.setValue(Date.from(start));
        to.setValue(Date.from(end));
    }

    private static JSpinner moment() {
        JSpinner spinner = new JSpinner(new SpinnerDateModel());
        spinner.setEditor(new JSpinner.DateEditor(spinner, "yyyy-MM-dd HH:mm"));
        return spinner;
    }

    private static String text(String key) {
        return NbBundle.getMessage(ReplayTopComponent.class, key);
    }

    @Override
    protected void componentClosed() {
        frames.stop();
        scene.clear();
        coverage.clear();
        map.repaint();
    }
}

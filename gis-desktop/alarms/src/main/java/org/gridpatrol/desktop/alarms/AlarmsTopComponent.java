package org.gridpatrol.desktop.alarms;

import java.awt.BorderLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.ZoneId;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.replay.api.ReplayLauncher;
import org.gridpatrol.model.alarm.AlarmView;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The alarms window: the latest alarms from the server, kept current by the live event
 * stream, filtered by type and state; a double click shows the officer on the map.
 */
@TopComponent.Description(preferredID = "AlarmsTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "output", openAtStartup = true, position = 10)
@ActionID(category = "Window", id = "org.gridpatrol.desktop.alarms.AlarmsTopComponent")
@ActionReference(path = "Menu/Window", position = 30)
@TopComponent.OpenActionRegistration(displayName = "#CTL_AlarmsAction", preferredID = "AlarmsTopComponent")
public final class AlarmsTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    private static final String[] TYPES = {null, "CROSS_ZONE", "OFF_POST", "STILL", "LOST_CONTACT", "FAKE_LOCATION",
        "CHECKPOINT_ORDER", "CHECKPOINT_MISSED", "LATE", "EARLY_LEAVE", "ABSENT", "CLOCK_IN_OUTSIDE"};
    private static final String[] STATES = {null, "OPEN", "ACKNOWLEDGED", "HANDLED"};
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol alarms");

    private final transient AlarmFeed feed;
    private final transient MapContext map;
    private final AlarmTableModel model;
    private final JComboBox<String> type = choice(TYPES, "TYPE_");
    private final JComboBox<String> state = choice(STATES, "STATE_");
    private final JLabel count = new JLabel();
    private final JTable table;
    private final transient AlarmHandling handling;

    /** Creates the alarms window. */
    public AlarmsTopComponent() {
        ServerConnection connection = Connections.server();
        feed = new AlarmFeed(connection);
        map = Lookup.getDefault().lookup(MapContext.class);
        model = new AlarmTableModel(ZoneId.systemDefault(), map.officers()::label);
        setName(NbBundle.getMessage(AlarmsTopComponent.class, "CTL_AlarmsTopComponent"));
        setLayout(new BorderLayout());
        add(toolbar(), BorderLayout.NORTH);
        handling = new AlarmHandling(connection);
        table = new JTable(model);
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(false);
        table.getColumnModel().getColumn(5).setPreferredWidth(320);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0) {
                    locate(model.alarm(row));
                }
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
        feed.follow(Connections.events(), alarm -> SwingUtilities.invokeLater(() -> arrived(alarm)));
        feed.followChanges(Connections.events(), alarm -> SwingUtilities.invokeLater(() -> {
            model.upsert(alarm);
            markOnMap();
            updateCount();
        }));
        connection.whenSignedIn(this::reload);
        updateCount();
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(new JLabel(NbBundle.getMessage(AlarmsTopComponent.class, "LBL_Type")));
        bar.add(type);
        bar.addSeparator();
        bar.add(new JLabel(NbBundle.getMessage(AlarmsTopComponent.class, "LBL_State")));
        bar.add(state);
        bar.addSeparator();
        JButton refresh = new JButton(NbBundle.getMessage(AlarmsTopComponent.class, "BTN_Refresh"));
        refresh.addActionListener(e -> reload());
        bar.add(refresh);
        bar.addSeparator();
        bar.add(onSelected("BTN_Acknowledge", a -> step(a, false)));
        bar.add(onSelected("BTN_Handle", a -> step(a, true)));
        bar.add(onSelected("BTN_Locate", this::locate));
        bar.add(onSelected("BTN_Replay", this::replay));
        bar.addSeparator();
        bar.add(count);
        type.addActionListener(e -> filter());
        state.addActionListener(e -> filter());
        return bar;
    }

    private static JComboBox<String> choice(String[] codes, String prefix) {
        JComboBox<String> box = new JComboBox<>(codes);
        box.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                String text = value == null ? NbBundle.getMessage(AlarmsTopComponent.class, "LBL_All")
                        : AlarmTableModel.label(prefix, (String) value);
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        // as wide as its longest choice, not stretched: the buttons after it keep their places
        // whatever the message at the end of the bar says
        box.setMaximumSize(box.getPreferredSize());
        return box;
    }

    private void filter() {
        model.setFilter(new AlarmFilter((String) type.getSelectedItem(), (String) state.getSelectedItem()));
        updateCount();
    }

    private void reload() {
        LOADER.post(() -> {
            try {
                List<AlarmView> alarms = feed.latest();
                SwingUtilities.invokeLater(() -> {
                    model.replaceAll(alarms);
                    markOnMap();
                    updateCount();
                });
            } catch (ServerException e) {
                SwingUtilities.invokeLater(() -> count.setText(
                        NbBundle.getMessage(AlarmsTopComponent.class, "MSG_LoadFailed", e.getMessage())));
            }
        });
    }

    private JButton onSelected(String key, java.util.function.Consumer<AlarmView> action) {
        JButton button = new JButton(NbBundle.getMessage(AlarmsTopComponent.class, key));
        button.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row < 0) {
                count.setText(NbBundle.getMessage(AlarmsTopComponent.class, "MSG_SelectAlarm"));
            } else {
                action.accept(model.alarm(row));
            }
        });
        return button;
    }

    /** Acknowledges or handles the alarm on the server, after asking for the note (and disposition). */
    private void step(AlarmView alarm, boolean handle) {
        if (alarm.id() == 0) {
            // an alarm heard only from the live stream has no id yet: the list from the server has it
            reload();
            count.setText(NbBundle.getMessage(AlarmsTopComponent.class, "MSG_ReloadFirst"));
            return;
        }
        int row = table.getSelectedRow();
        HandlingForm.Answer answer = HandlingForm.ask(alarm, model.officer(alarm), String.valueOf(model.getValueAt(row, 3)),
                handle);
        if (answer == null) {
            return;
        }
        LOADER.post(() -> {
            try {
                AlarmView after = (handle ? handling.handle(alarm.id(), answer.disposition(), answer.note())
                        : handling.acknowledge(alarm.id(), answer.note())).alarm();
                SwingUtilities.invokeLater(() -> {
                    model.upsert(after);
                    markOnMap();
                    updateCount();
                });
            } catch (ServerException e) {
                SwingUtilities.invokeLater(() -> count.setText(
                        NbBundle.getMessage(AlarmsTopComponent.class, "MSG_StepRefused", e.getMessage())));
            }
        });
    }

    private void replay(AlarmView alarm) {
        AlarmMoment moment = AlarmMoment.of(alarm, java.time.Instant.now());
        ReplayLauncher replay = Lookup.getDefault().lookup(ReplayLauncher.class);
        if (replay != null) {
            replay.open(List.of(alarm.officerId()), moment.from(), moment.to(), moment.at());
        }
    }

    private void arrived(AlarmView alarm) {
        if (alarm.endedAt() == null) {
            NewAlarmSignal.announce(alarm, model.officer(alarm), e -> {
                requestActive();
                locate(alarm);
            });
        }
        model.upsert(alarm);
        markOnMap();
        updateCount();
    }

    /** Rings on the map around every officer with an alarm still going on. */
    private void markOnMap() {
        map.officers().setAlarmed(model.officersInAlarm());
    }

    private void locate(AlarmView alarm) {
        if (alarm.gridId() != null) {
            map.showGrid(alarm.gridId());
        }
        map.showOfficer(alarm.officerId());
    }

    private void updateCount() {
        AlarmCountsLine.show(model.all());
        count.setText(NbBundle.getMessage(AlarmsTopComponent.class, "LBL_Count", model.getRowCount(), model.total(),
                model.open()));
    }
}

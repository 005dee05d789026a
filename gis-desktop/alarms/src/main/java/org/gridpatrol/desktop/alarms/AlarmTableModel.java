package org.gridpatrol.desktop.alarms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import javax.swing.table.AbstractTableModel;
import org.gridpatrol.model.alarm.AlarmView;
import org.openide.util.NbBundle;

/**
 * The alarms, newest first, one row each; an alarm that arrives again (closed, handled)
 * replaces its row. Only rows passing the filter are shown. Change it on the event
 * dispatch thread.
 */
public final class AlarmTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"COL_Type", "COL_Officer", "COL_State", "COL_Started", "COL_Duration", "COL_Reason"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");
    private static final Comparator<AlarmView> NEWEST_FIRST = Comparator.comparing(AlarmView::startedAt,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(AlarmView::id, Comparator.reverseOrder());

    private final transient List<AlarmView> all = new ArrayList<>();
    private transient List<AlarmView> shown = List.of();
    private transient AlarmFilter filter = AlarmFilter.ALL;
    private final ZoneId zone;
    private final transient LongFunction<String> officerLabel;

    /**
     * @param zone         the time zone times are shown in
     * @param officerLabel badge and name of an officer, for alarms that arrive without them; may answer null
     */
    public AlarmTableModel(ZoneId zone, LongFunction<String> officerLabel) {
        this.zone = zone;
        this.officerLabel = officerLabel;
    }

    /** @param alarms the alarms to show from now on */
    public void replaceAll(List<AlarmView> alarms) {
        all.clear();
        all.addAll(alarms);
        refresh();
    }

    /** @param alarm a new alarm, or a new state of one held (an event may lack id, state and names) */
    public void upsert(AlarmView alarm) {
        for (int i = 0; i < all.size(); i++) {
            if (AlarmMerge.same(all.get(i), alarm)) {
                all.set(i, AlarmMerge.merge(all.get(i), alarm));
                refresh();
                return;
            }
        }
        all.add(AlarmMerge.first(alarm));
        refresh();
    }

    /** @return every alarm held, whatever the filter */
    public List<AlarmView> all() {
        return List.copyOf(all);
    }

    /** @return the officers with an alarm still going on (not ended, not handled) */
    public Set<Long> officersInAlarm() {
        Set<Long> officers = new HashSet<>();
        for (AlarmView a : all) {
            if (a.endedAt() == null && !"HANDLED".equals(a.state())) {
                officers.add(a.officerId());
            }
        }
        return officers;
    }

    /** @param newFilter which alarms to show */
    public void setFilter(AlarmFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    /** @return the alarm on a row */
    public AlarmView alarm(int row) {
        return shown.get(row);
    }

    /** @return how many alarms are held, whatever the filter */
    public int total() {
        return all.size();
    }

    /** @return how many held alarms are still open */
    public long open() {
        return all.stream().filter(a -> "OPEN".equals(a.state())).count();
    }

    private void refresh() {
        all.sort(NEWEST_FIRST);
        shown = all.stream().filter(filter::test).toList();
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return shown.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return NbBundle.getMessage(AlarmTableModel.class, COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        AlarmView a = shown.get(row);
        return switch (column) {
            case 0 -> label("TYPE_", a.type());
            case 1 -> officer(a);
            case 2 -> label("STATE_", a.state()) + (a.endedAt() == null ? "" : " · " + label("STATE_", "ENDED"));
            case 3 -> a.startedAt() == null ? "" : TIME.format(a.startedAt().atZone(zone));
            case 4 -> duration(a);
            // alarms from the event stream carry the engine's cause code (TIME_BACKWARDS…), GET /alarms a sentence
            default -> reason(a.reason());
        };
    }

    /** @return the reason in words: an engine cause code worded, "grid N" (the grid entered) named, a sentence as it is */
    static String reason(String reason) {
        if (reason == null) {
            return "";
        }
        if (reason.matches("grid \\d+")) {
            return NbBundle.getMessage(AlarmTableModel.class, "CAUSE_grid", reason.substring(5));
        }
        return label("CAUSE_", reason);
    }

    /** @return badge and name of the alarm's officer, from the officer directory when the alarm has none */
    String officer(AlarmView a) {
        if (a.badgeNo() == null && a.officerName() == null) {
            String known = officerLabel.apply(a.officerId());
            return known != null ? known : "#" + a.officerId();
        }
        return (a.badgeNo() == null ? "" : a.badgeNo() + " ") + (a.officerName() == null ? "" : a.officerName());
    }

    private static String duration(AlarmView a) {
        Long seconds = a.durationS();
        if (seconds == null && a.startedAt() != null && a.endedAt() == null) {
            seconds = Duration.between(a.startedAt(), Instant.now()).getSeconds();
        }
        if (seconds == null) {
            return "";
        }
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** @return the localized word for a type or state, or the code itself when there is none */
    static String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            return NbBundle.getMessage(AlarmTableModel.class, prefix + code);
        } catch (java.util.MissingResourceException e) {
            return code;
        }
    }
}

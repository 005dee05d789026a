package org.gridpatrol.desktop.reports.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import org.gridpatrol.model.report.AlarmTally;
import org.gridpatrol.model.report.DutyReport;
import org.gridpatrol.model.report.OfficerReport;
import org.openide.util.NbBundle;

/** The alarm types of a report in the order supervisors know them, and their names. */
public final class AlarmTypes {
    private static final List<String> KNOWN = List.of("CROSS_ZONE", "OFF_POST", "STILL", "LOST_CONTACT",
            "FAKE_LOCATION", "CHECKPOINT_ORDER", "CHECKPOINT_MISSED", "LATE", "EARLY_LEAVE", "ABSENT",
            "CLOCK_IN_OUTSIDE");

    /** Types the duty figures count already: checkpoints missed or out of order, late, early leave, absent. */
    public static final Set<String> COUNTED_APART = Set.of("CHECKPOINT_ORDER", "CHECKPOINT_MISSED", "LATE",
            "EARLY_LEAVE", "ABSENT");

    private AlarmTypes() {
    }

    /**
     * @param report a duty report
     * @return the types any of its officers had, known ones first in their usual order
     */
    public static List<String> of(DutyReport report) {
        Set<String> present = new TreeSet<>();
        for (OfficerReport officer : report.officers()) {
            officer.alarms().stream().filter(a -> a.count() > 0).map(AlarmTally::type).forEach(present::add);
        }
        Set<String> ordered = new LinkedHashSet<>();
        KNOWN.stream().filter(present::contains).forEach(ordered::add);
        ordered.addAll(present);
        return new ArrayList<>(ordered);
    }

    /**
     * @param officer one line of a report
     * @param type    an alarm type
     * @return how many alarms of that type he had
     */
    public static int count(OfficerReport officer, String type) {
        return officer.alarms().stream().filter(a -> a.type().equals(type)).mapToInt(AlarmTally::count).sum();
    }

    /**
     * @param type an alarm type such as {@code OFF_POST}
     * @return its name in the user's language, or the type itself when it has none
     */
    public static String label(String type) {
        try {
            return NbBundle.getMessage(AlarmTypes.class, "TYPE_" + type);
        } catch (MissingResourceException e) {
            return type;
        }
    }
}

package org.gridpatrol.desktop.alarms;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gridpatrol.model.alarm.AlarmView;

/** How many alarms of each type still wait for handling (open or acknowledged), for the status bar. */
final class AlarmCounts {
    private AlarmCounts() {
    }

    /** @return type ▸ count of the alarms not handled yet, most frequent first, ties in type order */
    static Map<String, Integer> unhandled(List<AlarmView> alarms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AlarmView alarm : alarms) {
            if (!"HANDLED".equals(alarm.state())) {
                counts.merge(alarm.type(), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** @return e.g. "跨区 3 · 脱岗 1", with the types named by {@code label}; empty when none */
    static String line(Map<String, Integer> counts, Function<String, String> label) {
        StringBuilder line = new StringBuilder();
        counts.forEach((type, n) -> {
            if (line.length() > 0) {
                line.append(" \u00b7 ");
            }
            line.append(label.apply(type)).append(' ').append(n);
        });
        return line.toString();
    }
}

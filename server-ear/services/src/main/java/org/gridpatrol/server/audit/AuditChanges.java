package org.gridpatrol.server.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What a write changed in a row, from {@link AuditSnapshots} taken before and after it. */
public final class AuditChanges {
    private AuditChanges() {
    }

    /**
     * @param before the row before the write, or null when it did not exist
     * @param after  the row after, or null when it is gone
     * @return the columns that differ, each with its value before and after ({@code updated_at} left out:
     *         the audit row has its own time)
     */
    public static Map<String, Object> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        Map<String, Object> was = before == null ? Map.of() : before;
        Map<String, Object> now = after == null ? Map.of() : after;
        TreeSet<String> columns = new TreeSet<>(was.keySet());
        columns.addAll(now.keySet());
        for (String column : columns) {
            if (!Objects.equals(was.get(column), now.get(column)) && !column.equals("updated_at")) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("before", was.get(column));
                pair.put("after", now.get(column));
                changed.put(column, pair);
            }
        }
        return changed;
    }
}

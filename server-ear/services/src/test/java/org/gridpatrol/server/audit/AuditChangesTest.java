package org.gridpatrol.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChangesTest {
    @Test
    void onlyTheColumnsThatChangedAreKeptWithBothValues() {
        Map<String, Object> before = new LinkedHashMap<>(Map.of("id", 5, "name", "一中队", "active", true,
                "updated_at", "2026-11-27T01:00:00Z"));
        Map<String, Object> after = new LinkedHashMap<>(Map.of("id", 5, "name", "二中队", "active", true,
                "updated_at", "2026-11-27T02:00:00Z"));
        assertEquals(Map.of("name", Map.of("before", "一中队", "after", "二中队")), AuditChanges.between(before, after));
    }

    @Test
    void aColumnThatAppearsOrDisappearsIsAChange() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("phone", null);
        Map<String, Object> after = Map.of("phone", "138");
        Map<String, Object> expected = new LinkedHashMap<>();
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("before", null);
        pair.put("after", "138");
        expected.put("phone", pair);
        assertEquals(expected, AuditChanges.between(before, after));
    }
}

package org.gridpatrol.desktop.reports.window;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.model.org.OrgUnit;

/**
 * An org unit as the report window's combo shows it: indented under its parent.
 *
 * @param unit  the org unit
 * @param depth 0 for a root of the caller's scope
 */
record OrgUnitChoice(OrgUnit unit, int depth) {
    private static final TypeReference<List<OrgUnit>> UNITS = new TypeReference<>() {
    };

    /**
     * Reads the units the caller sees, each root followed by its subtree; blocks.
     *
     * @param connection the signed-in server
     * @return the units in tree order
     */
    static List<OrgUnitChoice> load(ServerConnection connection) {
        List<OrgUnitChoice> choices = new ArrayList<>();
        for (OrgUnit root : connection.get("/org-units", UNITS)) {
            Map<Long, Integer> depth = new HashMap<>();
            depth.put(root.id(), 0);
            choices.add(new OrgUnitChoice(root, 0));
            for (OrgUnit unit : connection.get("/org-units/" + root.id() + "/subtree", UNITS)) {
                if (unit.id() != root.id()) {
                    int d = unit.parentId() == null ? 1 : depth.getOrDefault(unit.parentId(), 0) + 1;
                    depth.put(unit.id(), d);
                    choices.add(new OrgUnitChoice(unit, d));
                }
            }
        }
        return choices;
    }

    @Override
    public String toString() {
        return "\u3000".repeat(depth) + unit.name();
    }
}

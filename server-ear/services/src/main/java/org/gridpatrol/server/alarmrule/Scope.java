package org.gridpatrol.server.alarmrule;

import java.util.Arrays;
import java.util.List;

/**
 * The org unit a rule question is about, with its chain of units from the root down to it.
 *
 * @param orgUnitId the unit
 * @param unitChain the unit and its ancestors, root first
 */
record Scope(long orgUnitId, List<Long> unitChain) {

    /** @param path a materialised path such as {@code /1/4/9/} */
    static Scope ofPath(long orgUnitId, String path) {
        return new Scope(orgUnitId, Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList());
    }
}

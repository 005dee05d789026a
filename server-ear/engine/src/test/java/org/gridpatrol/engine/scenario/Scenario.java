package org.gridpatrol.engine.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmType;
import org.gridpatrol.engine.alarm.DutyWindows;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.Grid;

/**
 * A golden scenario: a small world, one officer, the uploads their phone made, the server's
 * clock ticks, and the alarms that must come out. See scenarios/README.md for the JSON form.
 */
record Scenario(String name, String description, List<Grid> grids, Officer officer,
                Map<String, String> thresholds, List<Upload> uploads, List<Instant> ticks, Expected expected) {

    /** The officer: own grids and duty windows (none = always on duty). */
    record Officer(long id, List<Long> ownGrids, List<DutyWindows.Window> duty) {
    }

    /** One upload as the server received it. */
    record Upload(Instant receivedAt, List<Fix> fixes) {
    }

    /** The alarms that must come out, times matched within the tolerance. */
    record Expected(long toleranceSeconds, List<ExpectedAlarm> alarms) {
    }

    /** One alarm: end null when it must still be open at the end; late is the OPEN event's flag. */
    record ExpectedAlarm(AlarmType type, Instant start, Instant end, boolean late, String cause) {
    }
}

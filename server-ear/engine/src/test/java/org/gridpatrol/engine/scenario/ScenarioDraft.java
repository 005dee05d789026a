package org.gridpatrol.engine.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmType;
import org.gridpatrol.engine.alarm.DutyWindows;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.testkit.Plane;
import org.gridpatrol.engine.testkit.Track;
import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds one scenario file: the shared small world, officer 7 of grid 101 on a day shift, the
 * phone's uploads and the alarms a person expects from the script (worked out by hand from the
 * track's geometry and times, never by running the engine).
 */
final class ScenarioDraft {

    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    static final long OFFICER = 7;

    private final String name;
    private final String description;
    private List<Long> ownGrids = List.of(101L);
    private List<DutyWindows.Window> duty = List.of(new DutyWindows.Window(
            Instant.parse("2025-03-03T00:30:00Z"), Instant.parse("2025-03-03T09:30:00Z")));
    private final Map<String, String> thresholds = new LinkedHashMap<>();
    private final List<Scenario.Upload> uploads = new ArrayList<>();
    private final List<Instant> ticks = new ArrayList<>();
    private final List<Scenario.ExpectedAlarm> alarms = new ArrayList<>();
    private long toleranceSeconds = 20;

    ScenarioDraft(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /**
     * The world: four 600 m squares (101 own, 102 east, 103 north, 104 north-east), open ground
     * west of them, 105 in two parts to the south, and an irregular 106 east of 102.
     */
    static List<Grid> world() {
        return List.of(
                Plane.rectangleGrid(101, 0, 0, 600, 600),
                Plane.rectangleGrid(102, 600, 0, 1200, 600),
                Plane.rectangleGrid(103, 0, 600, 600, 1200),
                Plane.rectangleGrid(104, 600, 600, 1200, 1200),
                new Grid(105, Plane.GEOMETRY.createMultiPolygon(new Polygon[] {
                    Plane.rectangle(0, -400, 200, -200), Plane.rectangle(400, -400, 600, -200)})),
                new Grid(106, Plane.polygon(1200, 0, 1500, -80, 1800, 60, 1750, 400, 1850, 700, 1500, 650,
                        1200, 600, 1260, 300)));
    }

    static Instant at(long minutes, double seconds) {
        return T0.plusSeconds(minutes * 60).plusMillis(Math.round(seconds * 1000));
    }

    ScenarioDraft own(Long... grids) {
        this.ownGrids = List.of(grids);
        return this;
    }

    ScenarioDraft duty(DutyWindows.Window... windows) {
        this.duty = List.of(windows);
        return this;
    }

    ScenarioDraft threshold(String component, String value) {
        thresholds.put(component, value);
        return this;
    }

    /** Uploads the track a few fixes at a time, each received 3 s after its last fix was taken. */
    ScenarioDraft live(Track track, int fixesPerUpload) {
        return live(track.fixes(), track.trueTimes(), fixesPerUpload);
    }

    ScenarioDraft live(List<Fix> fixes, List<Instant> trueTimes, int fixesPerUpload) {
        for (int i = 0; i < fixes.size(); i += fixesPerUpload) {
            int end = Math.min(fixes.size(), i + fixesPerUpload);
            uploads.add(new Scenario.Upload(trueTimes.get(end - 1).plusSeconds(3), fixes.subList(i, end)));
        }
        return this;
    }

    ScenarioDraft upload(List<Fix> fixes, Instant receivedAt) {
        uploads.add(new Scenario.Upload(receivedAt, List.copyOf(fixes)));
        return this;
    }

    ScenarioDraft tick(Instant at) {
        ticks.add(at);
        return this;
    }

    ScenarioDraft tolerance(long seconds) {
        this.toleranceSeconds = seconds;
        return this;
    }

    ScenarioDraft expect(AlarmType type, Instant start, Instant end, String cause) {
        return expect(type, start, end, false, cause);
    }

    ScenarioDraft expect(AlarmType type, Instant start, Instant end, boolean late, String cause) {
        alarms.add(new Scenario.ExpectedAlarm(type, wholeSecond(start), end == null ? null : wholeSecond(end), late,
                cause));
        return this;
    }

    /** Worked-out times are stated to the second, as a person would write them. */
    private static Instant wholeSecond(Instant t) {
        return t.plusMillis(500).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    Scenario scenario() {
        return new Scenario(name, description, world(), new Scenario.Officer(OFFICER, ownGrids, duty), thresholds,
                uploads, ticks, new Scenario.Expected(toleranceSeconds, alarms));
    }

    void write(Path dir) throws IOException {
        ScenarioJson.write(scenario(), dir.resolve(name + ".json"));
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}

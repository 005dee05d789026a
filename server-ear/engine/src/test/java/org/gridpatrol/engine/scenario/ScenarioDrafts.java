package org.gridpatrol.engine.scenario;

import static org.gridpatrol.engine.alarm.AlarmType.CROSS_ZONE;
import static org.gridpatrol.engine.alarm.AlarmType.FAKE_LOCATION;
import static org.gridpatrol.engine.alarm.AlarmType.OFF_POST;
import static org.gridpatrol.engine.alarm.AlarmType.STILL;
import static org.gridpatrol.engine.scenario.ScenarioDraft.T0;
import static org.gridpatrol.engine.scenario.ScenarioDraft.at;
import static org.gridpatrol.engine.scenario.ScenarioDraft.minutes;
import static org.gridpatrol.engine.scenario.ScenarioDraft.seconds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.alarm.DutyWindows;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.testkit.Track;

/**
 * The authoring script of the golden scenarios. Run it to rewrite the JSON files:
 * {@code java -cp <test classpath> org.gridpatrol.engine.scenario.ScenarioDrafts src/test/resources/scenarios}.
 *
 * <p>Expected times come from the script's geometry: grid 102 begins at x = 600 m, so with the
 * 30 m tolerance a walker at v m/s heading east from x0 is "deep" after (630 − x0) / v seconds.
 */
final class ScenarioDrafts {

    private ScenarioDrafts() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/scenarios");
        Files.createDirectories(dir);
        for (ScenarioDraft d : all()) {
            d.write(dir);
        }
    }

    static List<ScenarioDraft> all() {
        List<ScenarioDraft> all = new ArrayList<>();

        Track t = Track.startingAt(T0, 600, 20).noise(20).fix();
        for (int leg = 0; leg < 6; leg++) {
            t.walkTo(600, leg % 2 == 0 ? 580 : 20, 1.2);
        }
        all.add(new ScenarioDraft("border-walk-noise-20m",
                "Walks up and down the 101/102 border for 47 minutes with 20 m of GPS noise: in and out, never 30 m deep.")
                .live(t, 6));

        t = Track.startingAt(T0, 500, 300).noise(5).fix().stay(minutes(5)).walkTo(700, 300, 1.5).stay(minutes(3))
                .walkTo(500, 300, 1.5).stay(minutes(5));
        all.add(new ScenarioDraft("neighbour-three-minutes",
                "Walks 100 m into neighbour grid 102 at 1.5 m/s, stays 3 minutes, walks back: exactly one cross-zone alarm.")
                .live(t, 6)
                .expect(CROSS_ZONE, at(5, 130 / 1.5), at(10, 13.3 + 70 / 1.5), "grid 102"));

        t = Track.startingAt(T0, 500, 300).noise(5).fix().stay(minutes(5)).walkTo(680, 300, 1.5).stay(seconds(30))
                .walkTo(500, 300, 1.5).stay(minutes(5));
        all.add(new ScenarioDraft("neighbour-ninety-seconds",
                "Deeper than 30 m in neighbour grid 102 for about 95 seconds: below the 2-minute dwell, nothing.")
                .live(t, 6));

        t = Track.startingAt(T0, 100, 300).noise(5).fix().stay(minutes(3)).walkTo(-150, 300, 1.5).stay(minutes(12))
                .walkTo(100, 300, 1.5).stay(minutes(12));
        all.add(new ScenarioDraft("off-post-twelve-minutes",
                "Leaves grid 101 for the open ground to the west and stays 12 minutes: one off-post alarm, no cross-zone.")
                .live(t, 6)
                .expect(OFF_POST, at(3, 130 / 1.5), at(17, 46.7 + 120 / 1.5), null));

        t = Track.startingAt(T0, 100, 300).noise(5).fix().stay(minutes(3)).walkTo(-150, 300, 1.5).stay(minutes(5))
                .walkTo(100, 300, 1.5).stay(minutes(12));
        all.add(new ScenarioDraft("off-post-eight-minutes",
                "About 8 minutes more than 30 m outside grid 101: below the 10-minute dwell, nothing.")
                .live(t, 6));

        t = Track.startingAt(T0, 300, 300).noise(12).fix().stay(minutes(40));
        walkSquareAwayFromCentre(t);
        all.add(new ScenarioDraft("still-forty-minutes",
                "Stands 40 minutes within a few metres (12 m noise), then patrols away: one still alarm, closed when the "
                        + "officer has kept out of the 50 m circle for 2 minutes; it ends when he left the circle.")
                .live(t, 6)
                .expect(STILL, T0, at(40, 50), null));

        t = Track.startingAt(T0, 300, 300).noise(12).fix().stay(minutes(20));
        walkSquareAwayFromCentre(t);
        all.add(new ScenarioDraft("still-twenty-minutes",
                "Stands 20 minutes then patrols: below the 30-minute dwell, nothing.")
                .live(t, 6));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().walkTo(400, 300, 1).mock(true).walkTo(400, 500, 1)
                .stay(minutes(5)).mock(false).walkTo(300, 300, 1).stay(minutes(6));
        all.add(new ScenarioDraft("mock-location-app",
                "A mock-location app runs for 8 minutes 20 seconds: fake location from the first mock fix, closed 5 minutes "
                        + "after the first clean fix, ending at that fix.")
                .live(t, 6).tolerance(5)
                .expect(FAKE_LOCATION, at(1, 50), at(10, 10), "MOCK_PROVIDER"));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(5)).jumpTo(4300, 300).stay(minutes(3))
                .jumpTo(300, 300).stay(minutes(10));
        all.add(new ScenarioDraft("teleport-and-back",
                "Positions jump 4 km east in 10 s, stay 3 minutes, jump back: one fake-location alarm (teleport) from the "
                        + "first landing until the first clean fix after the jump back.")
                .live(t, 6).tolerance(5)
                .expect(FAKE_LOCATION, at(5, 10), at(8, 40), "TELEPORT"));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(5)).outlier(300, 2300).stay(minutes(5));
        all.add(new ScenarioDraft("single-gps-outlier",
                "One fix lands 2 km away between normal fixes: the jump filter drops it, nothing is raised.")
                .live(t, 6));

        t = Track.startingAt(T0, 50, 300).noise(5).fix().stay(minutes(3)).every(seconds(1)).noise(0)
                .walkTo(540, 300, 70).every(seconds(10)).noise(5).stay(minutes(10));
        all.add(new ScenarioDraft("impossible-speed",
                "A simulated route plays back at 70 m/s for 7 seconds: fake location (impossible speed).")
                .live(t, 6).tolerance(5)
                .expect(FAKE_LOCATION, at(3, 1), at(3, 17), "IMPOSSIBLE_SPEED"));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(seconds(590)).clockOffset(minutes(-60))
                .stay(minutes(10));
        all.add(new ScenarioDraft("clock-set-back",
                "After 10 minutes the phone's clock is set back an hour: fixes keep counting up but their times go "
                        + "back. Fake location (time backwards) at the last honest fix, open to the end.")
                .live(t, 6).tolerance(10)
                .expect(FAKE_LOCATION, at(9, 50), null, "TIME_BACKWARDS"));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(seconds(290)).clockOffset(minutes(30))
                .stay(minutes(5));
        all.add(new ScenarioDraft("clock-ahead-of-server",
                "After 5 minutes the phone's clock jumps 30 minutes ahead of the server: fixes from the future drive no "
                        + "rule (no still alarm from 30 invented minutes); fake location (clock skew) from the server's "
                        + "receive time of the first such upload (05:53), open to the end.")
                .live(t, 6).tolerance(5)
                .expect(FAKE_LOCATION, at(5, 53), null, "CLOCK_SKEW"));

        t = Track.startingAt(T0, 300, 300).noise(0).fix().stay(minutes(4)).noise(5).stay(minutes(10));
        all.add(new ScenarioDraft("frozen-coordinates",
                "25 fixes with exactly the same coordinates (a spoofing app), then normal noisy fixes: fake location "
                        + "(no noise) from the 20th identical fix to the first noisy one.")
                .live(t, 6).tolerance(5)
                .expect(FAKE_LOCATION, at(3, 10), at(4, 10), "NO_NOISE"));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(5));
        int live = t.fixes().size();
        t.walkTo(750, 300, 1.5).stay(minutes(5)).walkTo(300, 300, 1.5).stay(minutes(3));
        all.add(new ScenarioDraft("silent-phone-backlog",
                "The phone uploads live for 5 minutes, then goes silent while the officer spends 7 minutes 40 seconds "
                        + "deep in grid 102, and uploads its backlog at 23:03: one cross-zone alarm, marked late.")
                .live(t.fixes().subList(0, live), t.trueTimes().subList(0, live), 6)
                .upload(t.fixes().subList(live, t.fixes().size()), at(23, 3))
                .expect(CROSS_ZONE, at(5, 330 / 1.5), at(15, 120 / 1.5), true, "grid 102"));

        Instant lunch = Instant.parse("2025-03-03T04:00:00Z");
        DutyWindows.Window morning = new DutyWindows.Window(Instant.parse("2025-03-03T00:30:00Z"), lunch);
        DutyWindows.Window afternoon = new DutyWindows.Window(lunch.plus(minutes(60)),
                Instant.parse("2025-03-03T09:30:00Z"));
        t = Track.startingAt(lunch.minus(minutes(10)), 300, 300).noise(5).fix().stay(minutes(5))
                .walkTo(750, 300, 1.5).stay(minutes(50)).walkTo(300, 300, 1.5).stay(minutes(25));
        all.add(new ScenarioDraft("off-duty-ignored",
                "Spends the lunch break (04:00-05:00Z, off duty) in grid 102 and is home when duty resumes: nothing.")
                .duty(morning, afternoon).live(t, 6));

        t = Track.startingAt(lunch.minus(minutes(20)), 750, 300).noise(5).fix().stay(minutes(30));
        all.add(new ScenarioDraft("shift-ends-in-neighbour",
                "In grid 102 for the last 20 minutes of the shift and after it: cross-zone and off-post alarms, both "
                        + "ended by the end of duty at 04:00Z.")
                .duty(morning).live(t, 6).tolerance(5)
                .expect(CROSS_ZONE, lunch.minus(minutes(20)), lunch, "grid 102")
                .expect(OFF_POST, lunch.minus(minutes(20)), lunch, null));

        t = Track.startingAt(lunch.minus(minutes(20)), 750, 300).noise(5).fix().stay(minutes(15));
        all.add(new ScenarioDraft("silent-phone-at-shift-end",
                "In grid 102 near the end of the shift, the phone goes silent at 03:55Z; the server's clock tick at "
                        + "04:01Z ends both alarms at the end of duty.")
                .duty(morning).live(t, 6).tick(lunch.minus(minutes(2))).tick(lunch.plus(minutes(1))).tolerance(5)
                .expect(CROSS_ZONE, lunch.minus(minutes(20)), lunch, "grid 102")
                .expect(OFF_POST, lunch.minus(minutes(20)), lunch, null));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(5));
        int online = t.fixes().size();
        t.walkTo(750, 300, 1.5).stay(minutes(5)).walkTo(300, 300, 1.5).stay(minutes(3));
        List<Fix> backlog = t.fixes().subList(online, t.fixes().size());
        int quarter = (backlog.size() + 3) / 4;
        ScenarioDraft uploading = new ScenarioDraft("backlog-uploading-past-shift-end",
                "The phone goes offline at 01:05 while the officer spends 7 minutes 40 seconds deep in grid 102, and "
                        + "uploads that backlog in four batches around 04:01, after the end of duty at 04:00; server "
                        + "ticks fall between the batches. The phone is still sending, so the ticks leave its duty "
                        + "to its own fixes: one cross-zone alarm, marked late.")
                .duty(morning).live(t.fixes().subList(0, online), t.trueTimes().subList(0, online), 6);
        for (int i = 0; i < 4; i++) {
            uploading.upload(backlog.subList(i * quarter, Math.min(backlog.size(), (i + 1) * quarter)),
                    lunch.plusSeconds(40 + 40L * i));
        }
        all.add(uploading.tick(lunch.plusSeconds(60)).tick(lunch.plusSeconds(150)).tick(lunch.plus(minutes(5)))
                .expect(CROSS_ZONE, at(5, 330 / 1.5), at(15, 120 / 1.5), true, "grid 102"));

        all.add(new ScenarioDraft("silent-night-backlog-next-morning",
                "The phone goes offline at 01:05 and stays silent past the end of duty at 04:00 (the tick at 04:01 "
                        + "finds nothing open), then uploads its backlog at 05:00: the 7 minutes 40 seconds deep in "
                        + "grid 102 give one cross-zone alarm, marked late.")
                .duty(morning).live(t.fixes().subList(0, online), t.trueTimes().subList(0, online), 6)
                .tick(lunch.plus(minutes(1))).upload(backlog, lunch.plus(minutes(60)))
                .expect(CROSS_ZONE, at(5, 330 / 1.5), at(15, 120 / 1.5), true, "grid 102"));

        t = Track.startingAt(T0, 500, 300).noise(5).fix().stay(minutes(3)).walkTo(700, 300, 1.5).stay(minutes(4))
                .walkTo(500, 300, 1.5).stay(minutes(6)).walkTo(700, 300, 1.5).stay(minutes(4))
                .walkTo(500, 300, 1.5).stay(minutes(5));
        all.add(new ScenarioDraft("two-visits-to-neighbour",
                "Two 5-minute visits to grid 102 with 7 minutes at home between: two cross-zone alarms.")
                .live(t, 6)
                .expect(CROSS_ZONE, at(4, 26.7), at(10, 0), "grid 102")
                .expect(CROSS_ZONE, at(18, 53.3), at(24, 26.7), "grid 102"));

        t = Track.startingAt(T0, 500, 300).noise(5).fix().stay(minutes(3)).walkTo(700, 300, 1.5).stay(minutes(5))
                .walkTo(560, 300, 1.5).walkTo(700, 300, 1.5).stay(minutes(3)).walkTo(500, 300, 1.5)
                .stay(minutes(5));
        all.add(new ScenarioDraft("short-return-keeps-one-alarm",
                "In grid 102 for 6 minutes, steps back into 101 for about 95 seconds (less than the 2-minute clear "
                        + "dwell), then 102 again for 4 minutes: one cross-zone alarm spanning both.")
                .live(t, 6)
                .expect(CROSS_ZONE, at(4, 26.7), at(17, 26.7), "grid 102"));

        t = Track.startingAt(T0, 500, 300).noise(5).accuracy(80).fix().stay(minutes(2)).walkTo(660, 300, 1.5)
                .stay(minutes(6)).walkTo(500, 300, 1.5).stay(minutes(3));
        all.add(new ScenarioDraft("inaccurate-fixes-in-neighbour",
                "60 m deep in grid 102 for 6 minutes, but every fix has an 80 m accuracy radius: the tolerance grows to "
                        + "80 m, nothing.")
                .live(t, 6));

        t = Track.startingAt(T0, 50, 50).noise(8).fix();
        for (int lap = 0; lap < 3; lap++) {
            t.walkTo(550, 50, 1.1).stay(minutes(4)).walkTo(550, 550, 1.1).walkTo(300, 300, 1.1).stay(minutes(5))
                    .walkTo(50, 550, 1.1).walkTo(50, 50, 1.1);
        }
        all.add(new ScenarioDraft("normal-patrol-day",
                "An hour and a half of patrol loops and short stops inside grid 101: nothing.")
                .live(t, 6));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().walkTo(900, 300, 1.2).stay(minutes(15))
                .walkTo(1100, 500, 1.2).walkTo(700, 100, 1.2);
        all.add(new ScenarioDraft("two-own-grids",
                "Officer of grids 101 and 102 crosses into 102 and patrols there: nothing.")
                .own(101L, 102L).live(t, 6));

        t = Track.startingAt(T0, 500, 300).noise(5).fix().stay(minutes(2)).walkTo(800, 300, 2).stay(minutes(12))
                .walkTo(500, 300, 2).stay(minutes(11));
        all.add(new ScenarioDraft("neighbour-twelve-minutes",
                "14 minutes more than 30 m inside grid 102: a cross-zone alarm and, being that far from grid 101 for "
                        + "over 10 minutes, an off-post alarm over the same span.")
                .live(t, 6)
                .expect(CROSS_ZONE, at(2, 65), at(16, 30 + 85), "grid 102")
                .expect(OFF_POST, at(2, 65), at(16, 30 + 85), null));

        t = Track.startingAt(T0, 300, 300).noise(10).fix().stay(minutes(12)).outlier(300, 1800).stay(minutes(12))
                .outlier(1800, 300).stay(minutes(16));
        all.add(new ScenarioDraft("still-with-gps-spikes",
                "Stands 40 minutes; two single fixes land 1.5 km away: the spikes are dropped, one still alarm from the "
                        + "start, open at the end, no fake location.")
                .live(t, 6)
                .expect(STILL, T0, null, null));

        t = Track.startingAt(T0, 100, -300).noise(5).fix().stay(minutes(5)).walkTo(500, -300, 1.2).stay(minutes(10));
        all.add(new ScenarioDraft("multipolygon-own-grid",
                "Officer of grid 105 (two separate parts) walks from one part to the other across a 200 m gap: "
                        + "nothing.")
                .own(105L).live(t, 6));

        t = Track.startingAt(T0, 50, 50).noise(5).fix().every(seconds(5));
        for (int lap = 0; lap < 4; lap++) {
            t.walkTo(550, 50, 12).walkTo(550, 550, 12).walkTo(50, 550, 12).walkTo(50, 50, 12);
        }
        all.add(new ScenarioDraft("patrol-car",
                "A patrol car circles grid 101 at 12 m/s with a fix every 5 s: fast but plausible, nothing.")
                .live(t, 12));

        t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(10));
        List<Fix> fixes = t.fixes();
        List<Fix> resent = new ArrayList<>(fixes.subList(12, 30));
        resent.addAll(fixes.subList(fixes.size() - 1, fixes.size()));
        all.add(new ScenarioDraft("resent-uploads",
                "The phone re-sends fixes it had already delivered (a lost acknowledgement): they are duplicates or "
                        + "older than what was evaluated, and are ignored. Nothing.")
                .live(t, 6).upload(resent, at(10, 30)));

        t = Track.startingAt(T0, 500, 300).noise(5).fix().stay(minutes(2)).walkTo(750, 300, 2).stay(minutes(5));
        all.add(new ScenarioDraft("still-in-neighbour-at-end",
                "Crosses into grid 102 and is still there when the data ends: one cross-zone alarm, still open.")
                .live(t, 6)
                .expect(CROSS_ZONE, at(2, 65), null, "grid 102"));

        t = Track.startingAt(T0, 300, 300).noise(10).fix().stay(minutes(35)).walkTo(500, 300, 1);
        for (int lap = 0; lap < 3; lap++) {
            t.walkTo(500, 500, 1).walkTo(300, 500, 1).walkTo(300, 300, 1).walkTo(500, 300, 1);
        }
        t.walkTo(500, 500, 1).walkTo(300, 500, 1).stay(minutes(35));
        all.add(new ScenarioDraft("still-then-patrol-past-the-spot",
                "Stands 35 minutes, then patrols a 200 m square whose corner is the spot he stood on, passing through "
                        + "the old 50 m circle every 13 minutes, then stands 35 minutes at another corner: the first "
                        + "still alarm ends when he left the circle (2 minutes out of it are enough; the returns do not "
                        + "keep it open), and the second still period raises a second alarm, open at the end. It "
                        + "starts about 50 s before he stops: the circle that lasts is the one begun 50 m short of the "
                        + "corner.")
                .live(t, 6)
                .expect(STILL, T0, at(35, 50), null)
                .expect(STILL, at(85, 0), null, null));

        return all;
    }

    /** Leaves (300, 300) towards (500, 100) at 1 m/s and circles 200 m from it for 38 minutes. */
    private static void walkSquareAwayFromCentre(Track t) {
        t.walkTo(500, 100, 1);
        t.walkTo(500, 500, 1).walkTo(100, 500, 1).walkTo(100, 100, 1).walkTo(500, 100, 1).walkTo(500, 500, 1);
    }
}

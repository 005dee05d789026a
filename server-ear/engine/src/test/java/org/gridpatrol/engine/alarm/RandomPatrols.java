package org.gridpatrol.engine.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.testkit.Track;

/**
 * Random but plausible days of patrol over the {@link Patrol} world: walks, long stops, visits
 * to neighbours and open ground, silent phones, GPS spikes, teleports, mock apps and frozen
 * coordinates, so that every rule has something to do.
 */
final class RandomPatrols {

    private RandomPatrols() {
    }

    static List<Fix> track(long seed, Instant start) {
        Random r = new Random(seed);
        Track t = Track.startingAt(start, 300, 300).seed(seed).noise(8).fix();
        int legs = 20 + r.nextInt(30);
        for (int leg = 0; leg < legs; leg++) {
            t.every(Duration.ofSeconds(5 + r.nextInt(26)));
            int kind = r.nextInt(100);
            if (kind < 40) {
                t.noise(r.nextInt(25)).walkTo(-400 + r.nextInt(2000), -400 + r.nextInt(2000), 0.5 + 3 * r.nextDouble());
            } else if (kind < 65) {
                t.noise(r.nextInt(25)).stay(Duration.ofSeconds(30 + r.nextInt(20 * 60)));
            } else if (kind < 72) {
                t.outlier(t.x() + 1000 + r.nextInt(3000), t.y());
            } else if (kind < 77) {
                t.jumpTo(-400 + r.nextInt(2000), -400 + r.nextInt(2000));
            } else if (kind < 82) {
                t.mock(!t.isMock());
            } else if (kind < 87) {
                t.noise(0).stay(Duration.ofSeconds(60 + r.nextInt(300)));
            } else if (kind < 92) {
                t.silence(Duration.ofSeconds(r.nextInt(30 * 60)));
            } else {
                t.noise(5).walkTo(600 + r.nextInt(40) - 20, r.nextInt(600), 1.2);
            }
        }
        return t.fixes();
    }
}

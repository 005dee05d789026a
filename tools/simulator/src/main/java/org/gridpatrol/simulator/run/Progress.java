package org.gridpatrol.simulator.run;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.gridpatrol.simulator.phone.Traffic;

/** The progress line: fixes made, sent and acknowledged, the acknowledged rate since the last line, errors. */
final class Progress {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final Traffic traffic;
    private final PrintStream out;
    private final ZoneId zone;
    private final long startNanos;
    private long lastNanos;
    private long lastAcked;

    Progress(Traffic traffic, PrintStream out, ZoneId zone, long startNanos) {
        this.traffic = traffic;
        this.out = out;
        this.zone = zone;
        this.startNanos = startNanos;
        this.lastNanos = startNanos;
    }

    void print(long nowNanos, Instant simNow, int buffered, List<String> misbehaving, int episodesDone) {
        long acked = traffic.acked.get();
        double seconds = Math.max(1e-3, (nowNanos - lastNanos) / 1e9);
        double rate = (acked - lastAcked) / seconds;
        lastNanos = nowNanos;
        lastAcked = acked;
        long elapsed = (nowNanos - startNanos) / 1_000_000_000L;
        out.printf("[%02d:%02d:%02d] phone clock %s | fixes made %d, sent %d, acked %d (%.1f/s) | buffered %d | "
                        + "errors %d (no answer %d, 503 %d, refused %d) | misbehaving %d%s, done %d%n",
                elapsed / 3600, elapsed / 60 % 60, elapsed % 60, TIME.format(simNow.atZone(zone)), traffic.made.get(),
                traffic.sent.get(), acked, rate, buffered, traffic.errors(), traffic.unreachable.get(),
                traffic.unavailable.get(), traffic.refused.get(), misbehaving.size(), misbehaving.isEmpty() ? ""
                        : misbehaving.stream().limit(4).collect(Collectors.joining(", ", " (", misbehaving.size() > 4 ? " …)" : ")")),
                episodesDone);
    }

    /** @return fixes acknowledged per second over the whole run */
    double overallRate(long nowNanos) {
        return traffic.acked.get() / Math.max(1e-3, (nowNanos - startNanos) / 1e9);
    }
}

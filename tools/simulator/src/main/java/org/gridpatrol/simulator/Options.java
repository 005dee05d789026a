package org.gridpatrol.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.simulator.misbehaviour.Kind;
import org.gridpatrol.simulator.run.Mode;

/**
 * The command line. Every option has a default, so {@code java -jar simulator.jar} alone runs
 * 80 officers in real time against a local demo.
 *
 * @param api          the API's base address
 * @param mode         realtime, accelerated or load
 * @param officers     how many officers, badges from {@code firstBadge} on
 * @param firstBadge   the number of the first badge (1: BS0001)
 * @param password     the officers' password (and the supervisor's)
 * @param supervisor   the supervisor account the simulator reads grids, duty and alarms as
 * @param speed        accelerated: simulated seconds per real second
 * @param rate         load: fixes per second asked for, all officers together
 * @param duration     how long to run in real time, null: until stopped
 * @param start        the phones' clock at the start (accelerated and load), null: chosen so it ends in the past
 * @param perHour      misbehaviour episodes per officer per simulated hour
 * @param kinds        the misbehaviour kinds enabled
 * @param fixEvery     simulated time between fixes
 * @param uploadEvery  simulated time between uploads
 * @param batch        load: upload as soon as this many fixes wait
 * @param connections  uploads at the same time
 * @param roads        the streets, null: the copy in the jar
 * @param journal      where the journal goes (or is read from, with {@code --report})
 * @param reportOnly   only compare an existing journal with the server's alarms
 * @param report       compare at the end of the run
 * @param seed         seed of everything random
 * @param zone         the bureau's time zone, for printing and for looking up shifts
 * @param progressEvery real time between progress lines
 * @param newPassword  what a phone sets when sign-in says the password must change (set by an
 *                     administrator, or expired)
 */
public record Options(String api, Mode mode, int officers, int firstBadge, String password, String supervisor,
                      double speed, double rate,
                      Duration duration, Instant start, double perHour, List<Kind> kinds, Duration fixEvery,
                      Duration uploadEvery, int batch, int connections, Path roads, Path journal, boolean reportOnly,
                      boolean report, long seed, ZoneId zone, Duration progressEvery,
                      String newPassword) {

    static final String USAGE = """
            usage: java -jar simulator.jar [options]
              --api URL              API base (default http://127.0.0.1:8080/api/v1)
              --mode M               realtime (default) | accelerated | load
              --officers N           officers to simulate, badges BS0001… (default 80)
              --first-badge N        start at badge BS<N> (default 1)
              --password P           their password, and the supervisor's (default Patrol-2026!)
              --new-password P       what a phone sets when sign-in answers 403 password.change-required
                                     (default: the --password followed by -new)
              --supervisor U         read grids, duty and alarms as U (default sup-BS-340303, the demo bureau)
              --speed X              accelerated: clocks run X times fast (default 60)
              --rate R               load: fixes per second, all officers together (default 1000)
              --duration D           real time to run, e.g. 90s, 10m, 1h (default: realtime until Ctrl-C,
                                     accelerated 8m, load 60s)
              --start ISO            accelerated/load: the phones' clock at the start, e.g.
                                     2026-11-26T08:30:00+08:00 (default: so that the run ends now)
              --misbehaviour R       episodes per officer per simulated hour (default 0)
              --kinds K,K            of CROSS_ZONE, OFF_POST, STILL, OFFLINE, MOCK, TELEPORT (default all;
                                     accelerated and load leave OFFLINE out: lost contact runs on the server's clock)
              --fix-every D          between fixes (default 5s)      --upload-every D   between uploads (default 30s)
              --batch N              load: upload when N fixes wait (default 500)
              --connections N        uploads at the same time (default 4, load 8)
              --roads FILE           the streets (default: the demo's roads.geojson inside the jar)
              --journal FILE         the journal of injected misbehaviour (default simulator-journal.jsonl)
              --report               only compare the journal with the server's alarms, then exit
              --no-report            do not compare at the end of the run
              --seed N               seed (default 1)
              --zone Z               the bureau's time zone (default Asia/Shanghai)
              --progress D           between progress lines (default 5s)
            """;

    /** Reads the command line; throws {@link IllegalArgumentException} with a sentence for the user. */
    static Options parse(String... args) {
        String api = "http://127.0.0.1:8080/api/v1";
        Mode mode = Mode.REALTIME;
        int officers = 80;
        int firstBadge = 1;
        String password = "Patrol-2026!";
        String newPassword = null;
        String supervisor = System.getProperty("gridpatrol.supervisor", "sup-BS-340303");
        double speed = 60;
        double rate = 1000;
        Duration duration = null;
        Instant start = null;
        double perHour = 0;
        List<Kind> kinds = null;
        Duration fixEvery = Duration.ofSeconds(5);
        Duration uploadEvery = Duration.ofSeconds(30);
        int batch = 500;
        Integer connections = null;
        Path roads = null;
        Path journal = Path.of("simulator-journal.jsonl");
        boolean reportOnly = false;
        boolean report = true;
        long seed = 1;
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Duration progress = Duration.ofSeconds(5);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--report" -> reportOnly = true;
                case "--no-report" -> report = false;
                case "-h", "--help" -> throw new IllegalArgumentException("");
                default -> {
                    if (i + 1 >= args.length || !a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown or incomplete option " + a);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--api" -> api = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                        case "--mode" -> mode = mode(v);
                        case "--officers" -> officers = positive(a, Integer.parseInt(v));
                        case "--first-badge" -> firstBadge = positive(a, Integer.parseInt(v));
                        case "--password" -> password = v;
                        case "--new-password" -> newPassword = v;
                        case "--supervisor" -> supervisor = v;
                        case "--speed" -> speed = positive(a, Double.parseDouble(v));
                        case "--rate" -> rate = positive(a, Double.parseDouble(v));
                        case "--duration" -> duration = duration(a, v);
                        case "--start" -> start = OffsetDateTime.parse(v).toInstant();
                        case "--misbehaviour", "--misbehavior" -> perHour = Double.parseDouble(v);
                        case "--kinds" -> kinds = kinds(v);
                        case "--fix-every" -> fixEvery = duration(a, v);
                        case "--upload-every" -> uploadEvery = duration(a, v);
                        case "--batch" -> batch = positive(a, Integer.parseInt(v));
                        case "--connections" -> connections = positive(a, Integer.parseInt(v));
                        case "--roads" -> roads = Path.of(v);
                        case "--journal" -> journal = Path.of(v);
                        case "--seed" -> seed = Long.parseLong(v);
                        case "--zone" -> zone = ZoneId.of(v);
                        case "--progress" -> progress = duration(a, v);
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                }
            }
        }
        if (officers + firstBadge - 1 > 9999) {
            throw new IllegalArgumentException("badges go up to BS9999");
        }
        if (batch > 1000) {
            throw new IllegalArgumentException("--batch is at most 1000 (the server's limit per upload)");
        }
        if (kinds == null) {
            kinds = new ArrayList<>(Arrays.asList(Kind.values()));
            if (mode != Mode.REALTIME) {
                kinds.remove(Kind.OFFLINE);
            }
        }
        if (mode == Mode.REALTIME && start != null) {
            throw new IllegalArgumentException("--start is for accelerated and load runs; realtime starts now");
        }
        if (duration == null) {
            duration = switch (mode) {
                case REALTIME -> null;
                case ACCELERATED -> Duration.ofMinutes(8);
                case LOAD -> Duration.ofSeconds(60);
            };
        }
        return new Options(api, mode, officers, firstBadge, password, supervisor, mode == Mode.REALTIME ? 1 : speed, rate,
                duration,
                start, perHour, List.copyOf(kinds), fixEvery, uploadEvery, batch,
                connections != null ? connections : mode == Mode.LOAD ? 8 : 4, roads, journal, reportOnly, report,
                seed, zone, progress, newPassword != null ? newPassword : password + "-new");
    }

    /** @return simulated seconds per real second */
    public double clockSpeed() {
        return mode == Mode.LOAD ? rate * fixEvery.toMillis() / 1000.0 / officers : speed;
    }

    /** @return the badge of the i-th officer (0-based) */
    public String badge(int i) {
        return String.format("BS%04d", firstBadge + i);
    }

    private static Mode mode(String v) {
        try {
            return Mode.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mode is realtime, accelerated or load, not " + v);
        }
    }

    private static List<Kind> kinds(String v) {
        List<Kind> kinds = new ArrayList<>();
        for (String k : v.split(",")) {
            try {
                kinds.add(Kind.valueOf(k.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown misbehaviour " + k + "; one of " + Arrays.toString(Kind.values()));
            }
        }
        return kinds;
    }

    static Duration duration(String option, String v) {
        String t = v.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            double n = Double.parseDouble(t.replaceAll("(ms|s|m|h)$", ""));
            long millis = Math.round(n * (t.endsWith("ms") ? 1 : t.endsWith("h") ? 3_600_000 : t.endsWith("m") ? 60_000 : 1000));
            if (millis <= 0) {
                throw new IllegalArgumentException(option + " must be positive");
            }
            return Duration.ofMillis(millis);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " takes a duration like 90s, 10m or 2h, not " + v);
        }
    }

    private static <N extends Number> N positive(String option, N n) {
        if (n.doubleValue() <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return n;
    }
}

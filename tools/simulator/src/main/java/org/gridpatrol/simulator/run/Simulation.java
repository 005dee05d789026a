package org.gridpatrol.simulator.run;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.gridpatrol.client.SupervisorClient;
import org.gridpatrol.simulator.Options;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Journal;
import org.gridpatrol.simulator.patrol.PatrolOfficer;
import org.gridpatrol.simulator.phone.MobileApi;
import org.gridpatrol.simulator.phone.Phone;
import org.gridpatrol.simulator.phone.Traffic;
import org.gridpatrol.simulator.report.AlarmReport;

/**
 * One run: the officers walk, their phones take a fix every few (simulated) seconds and upload
 * on their own schedule through a small pool of connections, until the time is up or the process
 * is asked to stop (SIGTERM, Ctrl-C). Then the buffers are flushed (20 s at most), the journal
 * closed and, unless told otherwise, the alarm report printed.
 *
 * <p>A single thread generates, so the officers need no locks; in a load run it pauses the
 * phones' clock whenever the server falls behind by more than a few batches per phone, so the
 * rate reached is the rate the server sustains.
 */
public final class Simulation {

    private static final Duration FLUSH = Duration.ofSeconds(20);

    private final RunSettings s;
    private final MobileApi mobile;
    private final SupervisorClient server;
    private final Runnable signInSupervisor;
    private final PrintStream out;
    private final Traffic traffic = new Traffic();
    private final AtomicInteger episodesDone = new AtomicInteger();
    private volatile boolean stopping;
    private volatile Journal journal;
    private final CountDownLatch finished = new CountDownLatch(1);

    /**
     * @param signInSupervisor (re)opens the supervisor session the server reads happen in
     */
    public Simulation(RunSettings settings, MobileApi mobile, SupervisorClient server, Runnable signInSupervisor,
                      PrintStream out) {
        this.s = settings;
        this.mobile = mobile;
        this.server = server;
        this.signInSupervisor = signInSupervisor;
        this.out = out;
    }

    /** Asks the run to stop and waits (a while) until it has flushed, journaled and reported. */
    public void stopAndWait(Duration atMost) {
        stopping = true;
        try {
            finished.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int run() throws IOException, InterruptedException {
        try {
            return runAndReport();
        } finally {
            finished.countDown();
        }
    }

    private int runAndReport() throws IOException, InterruptedException {
        Options o = s.options();
        out.printf("%s run against %s: phone clock from %s at %.1f× real time%s%n", o.mode().name().toLowerCase(), o.api(),
                Crew.when(s.simStart(), s), s.speed(),
                s.wallLimit() == null ? ", until stopped" : ", for " + human(s.wallLimit()) + " real time");
        if (o.mode() != Mode.REALTIME) {
            out.println("  note: the alarm engine skips fixes older than the newest it has judged for an officer; for alarms, "
                    + "run against a freshly started demo (./run-demo.sh restarts the server and reloads the district)");
        }
        Crew.undetectable(s).forEach(k -> out.println("  note: " + k + " cannot raise lost contact here: the server "
                + "times silence by its own clock"));
        Crew.Ready crew = Crew.assemble(s, mobile, server, traffic, System::currentTimeMillis, this::journal, out);
        journal = Journal.create(o.journal(), new Journal.Run(o.mode().name().toLowerCase(), s.speed(), s.simStart(),
                Instant.now(), o.api(), o.perHour(), o.kinds(),
                crew.officers().stream().map(p -> new Journal.Officer(p.officerId(), p.badge())).toList()));
        out.printf("misbehaviour: %.2f episodes per officer-hour of %s; journal %s%n", o.perHour(), o.kinds(),
                o.journal().toAbsolutePath());

        Instant simEnd = loop(crew);
        journal.end(simEnd, Instant.now());
        journal.close();
        out.printf("run over: %d fixes made, %d acknowledged, %d still buffered, %d uploads, %d errors, %d lost; "
                        + "%d episodes journaled%n", traffic.made.get(), traffic.acked.get(),
                crew.phones().stream().mapToInt(Phone::buffered).sum(), traffic.uploads.get(), traffic.errors(),
                traffic.lost.get(), episodesDone.get());
        if (o.report()) {
            signInSupervisor.run();
            new AlarmReport(server, o.zone(), out).print(Journal.read(o.journal()), Instant.now());
        }
        return 0;
    }

    private void journal(Episode e) {
        episodesDone.incrementAndGet();
        out.printf("episode: %s %s %s → %s (%s%s)%n", e.badge(), e.kind(), Crew.when(e.start(), s),
                Crew.when(e.end(), s), e.detail(), e.cut() ? "; cut short by the end of the run" : "");
        if (journal != null) {
            journal.episode(e);
        }
    }

    /** @return the phones' clock at the end */
    private Instant loop(Crew.Ready crew) throws InterruptedException {
        List<PatrolOfficer> officers = crew.officers();
        List<Phone> phones = crew.phones();
        int n = officers.size();
        Options o = s.options();
        Duration every = o.fixEvery();
        long startNanos = System.nanoTime();
        SimClock clock = new SimClock(s.simStart(), s.speed(), System::nanoTime);
        Instant[] next = new Instant[n];
        for (int i = 0; i < n; i++) {
            next[i] = s.simStart().plusMillis(every.toMillis() * i / n);
            phones.get(i).firstUploadAt(s.simStart().plusMillis(s.uploadEvery().toMillis() * i / n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(o.connections(), r -> {
            Thread t = new Thread(r, "upload");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(traffic, out, o.zone(), startNanos);
        long nextProgress = startNanos + o.progressEvery().toNanos();
        boolean load = o.mode() == Mode.LOAD;
        long backlogLimit = load ? (long) n * Math.max(2_000, 3L * s.batchEnough()) : Long.MAX_VALUE;
        // a realtime run lasts as long as a demo: shifts start and end under way (accelerated and load
        // runs date their fixes in the past, where a clock-in means nothing to the alarms)
        ShiftPunches punches = o.mode() == Mode.REALTIME
                ? new ShiftPunches(officers, phones, crew.shiftClocks(), signInSupervisor, s, out) : null;
        Instant simNow = s.simStart();
        String why = "stopped";
        while (true) {
            long nanos = System.nanoTime();
            if (stopping) {
                break;
            }
            if (s.wallLimit() != null && nanos - startNanos >= s.wallLimit().toNanos()) {
                why = "time is up";
                break;
            }
            simNow = clock.now();
            if (o.mode() != Mode.REALTIME && simNow.isAfter(Instant.now().minusSeconds(30))) {
                why = "the phones' clock caught up with real time";
                break;
            }
            int buffered = 0;
            for (int i = 0; i < n; i++) {
                while (!next[i].isAfter(simNow)) {
                    phones.get(i).record(officers.get(i).sample(next[i]));
                    next[i] = next[i].plus(every);
                }
                Phone p = phones.get(i);
                if (p.claimUpload(simNow, officers.get(i).offlineUntil(), s.uploadEvery(), s.batchEnough())) {
                    pool.execute(p::upload);
                }
                buffered += p.buffered();
            }
            if (punches != null) {
                punches.tick(simNow);
            }
            if (load) {
                if (buffered > backlogLimit) {
                    clock.pause();
                } else {
                    clock.resume();
                }
            }
            if (nanos >= nextProgress) {
                List<String> running = officers.stream().filter(x -> x.misbehaving() != null)
                        .map(x -> x.badge() + " " + x.misbehaving()).toList();
                progress.print(nanos, simNow, buffered, running, episodesDone.get());
                nextProgress += o.progressEvery().toNanos();
            }
            Instant soonest = next[0];
            for (Instant t : next) {
                soonest = t.isBefore(soonest) ? t : soonest;
            }
            long wait = clock.realFor(Duration.between(simNow, soonest)).toNanos();
            LockSupport.parkNanos(Math.max(200_000, Math.min(wait, 200_000_000)));
        }
        out.printf("stopping (%s) at phone clock %s; %.1f fixes/s acknowledged over the run%n", why,
                Crew.when(simNow, s), progress.overallRate(System.nanoTime()));
        if (punches != null) {
            punches.stop();
        }
        for (PatrolOfficer p : officers) {
            p.stop(simNow);
        }
        flush(phones, pool);
        pool.shutdownNow();
        return simNow;
    }

    /** Sends what the phones still hold, offline or not, for a limited time. */
    private void flush(List<Phone> phones, ExecutorService pool) throws InterruptedException {
        long until = System.nanoTime() + FLUSH.toNanos();
        while (System.nanoTime() < until && phones.stream().anyMatch(p -> p.buffered() > 0)) {
            for (Phone p : phones) {
                if (p.claimUpload(Instant.MAX, Instant.MIN, Duration.ZERO, 1)) {
                    pool.execute(p::upload);
                }
            }
            Thread.sleep(50);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        int left = phones.stream().mapToInt(Phone::buffered).sum();
        if (left > 0) {
            String last = phones.stream().map(Phone::lastError).filter(e -> e != null).findFirst().orElse("none");
            out.printf("%d fixes could not be delivered before stopping (last error: %s)%n", left, last);
        }
    }

    private static String human(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
    }
}

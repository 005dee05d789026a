package org.gridpatrol.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.server.coverage.PatrolTracks;

/**
 * The officers' figures of a report, each computed as soon as his fixes of the period and the one
 * before are read: the fixes of both periods come in officer order from one query, so the other
 * cores measure one officer (time inside, stops, coverage) while the connection reads the next.
 * Reading a squad's day is about as long as measuring it, so this nearly hides one behind the
 * other. Once the rows are read, the reading thread measures too; officers without fixes come last.
 */
final class FiguresWhileReading {
    private static final long NO_MORE = Long.MIN_VALUE;

    private final ReportOfficers officers;
    private final DutyFacts current;
    private final DutyFacts previous;
    private final PeriodWindow window;
    private final Instant now;
    private final ReportProgress progress;
    private final BlockingQueue<Long> ready = new LinkedBlockingQueue<>();
    private final Map<Long, OfficerFigures.Result[]> results = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();

    private FiguresWhileReading(ReportOfficers officers, DutyFacts current, DutyFacts previous, PeriodWindow window, Instant now,
                                ReportProgress progress) {
        this.officers = officers;
        this.current = current;
        this.previous = previous;
        this.window = window;
        this.now = now;
        this.progress = progress;
    }

    /**
     * @param current  the current period's facts but the tracks, which are read here into it
     * @param previous the previous period's facts but the tracks, likewise
     * @return per officer, the figures of the period and of the one before
     */
    static Map<Long, OfficerFigures.Result[]> of(Connection db, ReportOfficers officers, DutyFacts current, DutyFacts previous,
                                                 PeriodWindow window, Instant now, ReportProgress progress) throws SQLException {
        return new FiguresWhileReading(officers, current, previous, window, now, progress).run(db);
    }

    private Map<Long, OfficerFigures.Result[]> run(Connection db) throws SQLException {
        progress.advance(0, officers.officers.size());
        int helpers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        CompletableFuture<?>[] measuring = new CompletableFuture<?>[helpers];
        for (int i = 0; i < helpers; i++) {
            measuring[i] = CompletableFuture.runAsync(this::measureReady);
        }
        try {
            PatrolTracks.each(db, officers.ids(), window.previousFrom(), window.to(), (officer, fixes) -> {
                int split = firstAt(fixes, window.from());
                // each period cleaned on its own, as if read apart
                previous.tracks.put(officer, PatrolTracks.cleaned(fixes.subList(0, split)));
                current.tracks.put(officer, PatrolTracks.cleaned(fixes.subList(split, fixes.size())));
                ready.add(officer);
            });
            officers.ids().stream().filter(id -> !current.tracks.containsKey(id)).forEach(ready::add);
        } finally {
            for (int i = 0; i <= helpers; i++) {
                ready.add(NO_MORE);
            }
        }
        measureReady();
        try {
            CompletableFuture.allOf(measuring).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return results;
    }

    /** @return the index of the first fix at or after the instant (fixes in time order) */
    static int firstAt(List<Fix> fixes, Instant instant) {
        int low = 0;
        int high = fixes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fixes.get(middle).time().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Measures officers from the queue until told there are no more. */
    private void measureReady() {
        try {
            for (long officer = ready.take(); officer != NO_MORE; officer = ready.take()) {
                if (progress.cancelled()) {
                    throw new ReportCancelled();
                }
                List<ReportOfficers.OwnGrid> grids = officers.grids.getOrDefault(officer, List.of());
                OfficerFigures.Result now1 = OfficerFigures.of(officer, grids, current, window.from(), window.to(), now, true);
                OfficerFigures.Result before = OfficerFigures.of(officer, grids, previous, window.previousFrom(), window.from(),
                        now, false);
                results.put(officer, new OfficerFigures.Result[] {now1, before});
                progress.advance(done.incrementAndGet(), officers.officers.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportCancelled();
        }
    }
}

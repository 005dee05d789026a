package org.gridpatrol.simulator.run;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.gridpatrol.client.GridPatrolException;
import org.gridpatrol.client.ProblemAnswer;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.simulator.patrol.PatrolOfficer;
import org.gridpatrol.simulator.phone.Phone;

/**
 * Clocks officers in when their shift starts and out when it ends, during the run (a night shift
 * that begins hours after a demo started would otherwise count as absent). The generator thread
 * calls {@link #tick}; the duty look-ups and clock calls run on a thread of their own.
 */
final class ShiftPunches {

    private final List<PatrolOfficer> officers;
    private final List<Phone> phones;
    private final List<ShiftClock> clocks;
    private final Runnable signInSupervisor;
    private final RunSettings s;
    private final PrintStream out;
    private final AtomicIntegerArray pending;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "shift-clock");
        t.setDaemon(true);
        return t;
    });

    ShiftPunches(List<PatrolOfficer> officers, List<Phone> phones, List<ShiftClock> clocks, Runnable signInSupervisor,
                 RunSettings s, PrintStream out) {
        this.officers = officers;
        this.phones = phones;
        this.clocks = clocks;
        this.signInSupervisor = signInSupervisor;
        this.s = s;
        this.out = out;
        this.pending = new AtomicIntegerArray(clocks.size());
    }

    /** Hands the officers due for a look at their duty to the worker, with where each stands now. */
    void tick(Instant simNow) {
        for (int i = 0; i < clocks.size(); i++) {
            if (pending.get(i) == 0 && clocks.get(i).due(simNow)) {
                pending.set(i, 1);
                double[] lonLat = officers.get(i).lonLat();
                int officer = i;
                worker.execute(() -> punch(officer, simNow, lonLat));
            }
        }
    }

    private void punch(int i, Instant simNow, double[] lonLat) {
        String badge = officers.get(i).badge();
        try {
            ShiftClock.Punch p = clocks.get(i).look(simNow);
            if (p == null) {
                return;
            }
            Phone phone = phones.get(i);
            ClockReceipt receipt = p.in() ? phone.clockIn(p.at(), lonLat[0], lonLat[1], 10)
                    : phone.clockOut(p.at(), lonLat[0], lonLat[1], 10);
            out.printf("clocked %s: %s at %s, as his shift %s%s%n", p.in() ? "in" : "out", badge, Crew.when(p.at(), s),
                    p.in() ? "started" : "ended", receipt.flags().isEmpty() ? "" : " " + receipt.flags());
        } catch (ProblemAnswer e) {
            out.printf("shift clock of %s: %s%s%n", badge, e.getMessage(), e.status() == 401 ? " (signing in again)" : "");
            if (e.status() == 401) {
                signInSupervisor.run(); // the supervisor's session ended: the next look goes through
            }
        } catch (GridPatrolException e) {
            out.printf("shift clock of %s: %s (trying again later)%n", badge, e.getMessage());
        } finally {
            pending.set(i, 0);
        }
    }

    void stop() {
        worker.shutdownNow();
    }
}

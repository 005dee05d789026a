package org.gridpatrol.simulator.run;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.gridpatrol.client.GridFeature;
import org.gridpatrol.client.GridPatrolException;
import org.gridpatrol.client.SupervisorClient;
import org.gridpatrol.model.mobile.ClockReceipt;
import org.gridpatrol.simulator.Options;
import org.gridpatrol.simulator.geo.LocalMetres;
import org.gridpatrol.simulator.gps.GpsNoise;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Kind;
import org.gridpatrol.simulator.misbehaviour.MisbehaviourPlan;
import org.gridpatrol.simulator.patrol.PatrolOfficer;
import org.gridpatrol.simulator.patrol.Territory;
import org.gridpatrol.simulator.phone.MobileApi;
import org.gridpatrol.simulator.phone.Phone;
import org.gridpatrol.simulator.phone.Traffic;
import org.gridpatrol.simulator.street.Roads;
import org.locationtech.jts.geom.Envelope;

/**
 * Gets the officers ready: signs their phones in (a few at a time: each sign-in costs the server
 * a slow password hash), reads the grids and each officer's assignment from the API, and puts each
 * on his beat. Those who cannot sign in are left out, with the server's reason.
 */
final class Crew {

    /**
     * Officers whose phones signed in, with their phones, in badge order, and when each phone clocks
     * in and out from here on.
     */
    record Ready(List<PatrolOfficer> officers, List<Phone> phones, Territory territory, int onDuty,
                 List<ShiftClock> shiftClocks) {
    }

    private Crew() {
    }

    static Ready assemble(RunSettings s, MobileApi mobile, SupervisorClient server, Traffic traffic,
                          LongSupplier wallMillis, Consumer<Episode> journal, PrintStream out) throws InterruptedException {
        List<Phone> phones = signIn(s, mobile, traffic, wallMillis, out);
        List<GridFeature> grids = server.grids(null, null);
        if (grids.isEmpty()) {
            throw new IllegalStateException("the server has no grids: load the demo district first "
                    + "(database/demo/load.sh --dir <its PostGIS folder>)");
        }
        Envelope box = new Envelope();
        grids.forEach(g -> box.expandToInclude(g.area().getEnvelopeInternal()));
        LocalMetres plane = new LocalMetres(box.centre().x, box.centre().y);
        Territory territory = new Territory(plane, Roads.graph(s.options().roads(), plane), grids.stream()
                .map(g -> new Territory.Grid(g.id(), g.kind(), g.name(), plane.toMetres(g.area()))).toList());

        DutyLookup duty = new DutyLookup(server, s.options().zone());
        List<PatrolOfficer> officers = new ArrayList<>();
        int onDuty = 0;
        Set<Long> onDutyIds = new HashSet<>();
        int noGrids = 0;
        for (Phone p : phones) {
            long id = p.session().officerId();
            DutyLookup.Found found = duty.gridsOf(id, s.simStart());
            onDuty += found.onDuty() ? 1 : 0;
            if (found.onDuty()) {
                onDutyIds.add(id);
            }
            noGrids += found.grids().isEmpty() ? 1 : 0;
            Random random = new Random(s.options().seed() * 1_000_003L + id);
            officers.add(new PatrolOfficer(id, p.badge(), territory, territory.beat(found.grids()),
                    new GpsNoise(new Random(random.nextLong()), 6 + 8 * random.nextDouble()),
                    new MisbehaviourPlan(s.options().perHour(), s.options().kinds(), new Random(random.nextLong()),
                            s.simStart().plus(RunSettings.WARM_UP)),
                    journal, new Random(random.nextLong()), 1.0 + 0.6 * random.nextDouble()));
        }
        clockIn(officers, phones, onDutyIds, duty, s, out);
        out.printf("territory: %d grids, %d street pieces; on duty at the start: %d of %d officers%s%n", grids.size(),
                territory.streets().edges().size(), onDuty, officers.size(),
                noGrids > 0 ? " (" + noGrids + " without any grid: they roam the streets)" : "");
        if (onDuty < officers.size()) {
            out.println("  the others patrol the grids of their last shift; the server raises no alarm while an officer is off duty");
        }
        List<ShiftClock> shiftClocks = officers.stream().map(p -> new ShiftClock(onDutyIds.contains(p.officerId()),
                s.simStart(), t -> duty.onDuty(p.officerId(), t))).toList();
        return new Ready(officers, phones, territory, onDuty, shiftClocks);
    }

    /**
     * Clocks in the officers on duty at the start, as their phones did when their shift began (the
     * server would otherwise count them absent): at the start of the duty under way, where they
     * stand. A refusal is reported and the run goes on.
     */
    private static void clockIn(List<PatrolOfficer> officers, List<Phone> phones, Set<Long> onDutyIds,
                                DutyLookup duty, RunSettings s, PrintStream out) {
        int clocked = 0;
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < officers.size(); i++) {
            PatrolOfficer officer = officers.get(i);
            if (!onDutyIds.contains(officer.officerId())) {
                continue;
            }
            try {
                Instant since = duty.onDutySince(officer.officerId(), s.simStart());
                double[] lonLat = officer.lonLat();
                ClockReceipt receipt = phones.get(i).clockIn(since, lonLat[0], lonLat[1], 10);
                clocked++;
                if (!receipt.flags().isEmpty()) {
                    flagged.add(officer.badge() + " " + receipt.flags());
                }
            } catch (GridPatrolException e) {
                flagged.add(officer.badge() + " refused: " + e.getMessage());
            }
        }
        out.printf("clocked in: %d officers, at the start of their duty%n", clocked);
        flagged.stream().limit(5).forEach(f -> out.println("  " + f));
    }

    private static List<Phone> signIn(RunSettings s, MobileApi mobile, Traffic traffic, LongSupplier wallMillis,
                                      PrintStream out) throws InterruptedException {
        Options o = s.options();
        out.printf("signing in %d officers (%s … %s) on their phones dev-<badge>%n", o.officers(), o.badge(0),
                o.badge(o.officers() - 1));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Phone> all = new ArrayList<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < o.officers(); i++) {
            String badge = o.badge(i);
            Phone p = new Phone(badge, "dev-" + badge, o.password(), o.newPassword(), out::println, mobile, traffic,
                    wallMillis, new Random(o.seed() + i));
            all.add(p);
            done.add(pool.submit(p::signIn));
        }
        pool.shutdown();
        List<Phone> in = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            try {
                done.get(i).get();
                in.add(all.get(i));
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable why = e.getCause();
                refused.add(all.get(i).badge() + ": " + (why instanceof GridPatrolException ? why.getMessage() : why));
            }
        }
        out.printf("signed in: %d of %d%n", in.size(), all.size());
        refused.stream().limit(5).forEach(r -> out.println("  refused " + r));
        if (refused.size() > 5) {
            out.println("  … and " + (refused.size() - 5) + " more");
        }
        if (in.isEmpty()) {
            throw new IllegalStateException("no officer could sign in; is the demo district loaded "
                    + "(its accounts BS0001… with password Patrol-2026!)?");
        }
        return in;
    }

    /** Kinds that cannot be detected in this run, for the note at the start. */
    static List<Kind> undetectable(RunSettings s) {
        return s.options().kinds().contains(Kind.OFFLINE) && s.options().clockSpeed() > 1.0001
                ? List.of(Kind.OFFLINE) : List.of();
    }

    /** For the log: the instant officers started. */
    static String when(Instant t, RunSettings s) {
        return t.atZone(s.options().zone()).toOffsetDateTime().toString();
    }
}

package org.gridpatrol.simulator.patrol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.gridpatrol.simulator.gps.GpsNoise;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Kind;
import org.gridpatrol.simulator.misbehaviour.MisbehaviourPlan;
import org.gridpatrol.simulator.walk.Leg;
import org.gridpatrol.simulator.walk.Walker;
import org.locationtech.jts.geom.Coordinate;

/**
 * One simulated officer: walks his beat at his own pace, his phone's fixes get GPS noise, and now
 * and then he misbehaves as his plan says — each episode reported to the journal when it ends.
 * Driven fix by fix by {@link #sample}; not thread-safe.
 */
public final class PatrolOfficer {

    static final double CROSS_ZONE_DEPTH_M = 100;
    static final double OFF_POST_MIN_M = 140;
    static final double OFF_POST_MAX_M = 260;
    /** Where the streets are sparse. */
    static final double OFF_POST_FALLBACK_MIN_M = 115;
    static final double OFF_POST_FALLBACK_MAX_M = 450;
    static final double TELEPORT_M = 5_000;
    static final Duration TELEPORT_STAY = Duration.ofSeconds(30);
    static final Duration MOCK_TIME = Duration.ofMinutes(2);
    static final Duration OFFLINE_TIME = Duration.ofMinutes(15);
    static final Duration STILL_TIME = Duration.ofMinutes(35);

    private final long officerId;
    private final String badge;
    private final Territory territory;
    private final Beat beat;
    private final GpsNoise noise;
    private final MisbehaviourPlan plan;
    private final Consumer<Episode> journal;
    private final Random random;
    private final double pace;
    private final String provider;
    private final Walker walker;

    /** The episode under way, or null. */
    private Kind kind;
    private Instant coreStart;
    private String detail;
    private Instant mockUntil = Instant.MIN;
    private Instant offlineUntil = Instant.MIN;
    private Instant teleportUntil = Instant.MIN;
    private Instant timedEnd;
    private Coordinate teleportBy;
    private Instant lastTime;

    /**
     * @param pace    his walking speed, 1.0–1.6 m/s
     * @param journal where finished episodes go
     */
    public PatrolOfficer(long officerId, String badge, Territory territory, Beat beat, GpsNoise noise,
                         MisbehaviourPlan plan, Consumer<Episode> journal, Random random, double pace) {
        this.officerId = officerId;
        this.badge = badge;
        this.territory = territory;
        this.beat = beat;
        this.noise = noise;
        this.plan = plan;
        this.journal = journal;
        this.random = random;
        this.pace = pace;
        this.provider = random.nextInt(10) == 0 ? "gps" : "fused";
        int start = beat.startNode(random);
        this.walker = new Walker(territory.streets().node(start), this::patrol, random);
    }

    public long officerId() {
        return officerId;
    }

    public String badge() {
        return badge;
    }

    public Beat beat() {
        return beat;
    }

    /** @return where he really is, metres */
    public Coordinate position() {
        return walker.position();
    }

    /** @return where he really is, WGS84 longitude and latitude */
    public double[] lonLat() {
        Coordinate at = walker.position();
        return territory.plane().toLonLat(at.x, at.y);
    }

    /** @return the kind of episode under way, or null */
    public Kind misbehaving() {
        return kind;
    }

    /** @return until when his phone sends nothing (the OFFLINE episode), simulated time */
    public Instant offlineUntil() {
        return offlineUntil;
    }

    /**
     * Moves him on to {@code time} and reads his phone's location there.
     */
    public Sample sample(Instant time) {
        double seconds = lastTime == null ? 0 : Duration.between(lastTime, time).toMillis() / 1000.0;
        lastTime = time;
        endTimedEpisode(time);
        Kind next = plan.next(time, seconds);
        if (next != null) {
            begin(next, time);
        }
        walker.advance(seconds, time);
        Coordinate at = walker.position();
        boolean teleported = time.isBefore(teleportUntil);
        GpsNoise.Reading error = noise.next(Math.max(seconds, 1), !teleported);
        double x = at.x + error.dx() + (teleported ? teleportBy.x : 0);
        double y = at.y + error.dy() + (teleported ? teleportBy.y : 0);
        double[] lonLat = territory.plane().toLonLat(x, y);
        double speed = Math.max(0, walker.speed() + 0.15 * random.nextGaussian());
        Double bearing = speed > 0.5 ? round((walker.heading() + 8 * random.nextGaussian() + 360) % 360, 1) : null;
        return new Sample(time, round(lonLat[0], 7), round(lonLat[1], 7), error.accuracy(), round(speed, 2), bearing,
                round(21 + 3 * random.nextGaussian(), 1), provider, time.isBefore(mockUntil));
    }

    private List<Leg> patrol() {
        return beat.next(walker.lastNode(), walker.position(), pace, random);
    }

    private void begin(Kind k, Instant now) {
        kind = k;
        coreStart = null;
        switch (k) {
            case CROSS_ZONE -> walkAway(now, beat.insideANeighbour(CROSS_ZONE_DEPTH_M, random, walker.position()),
                    Duration.ofSeconds(180 + random.nextInt(121)));
            case OFF_POST -> offPost(now);
            case STILL -> {
                detail = "stands still";
                walker.replace(List.of(new Leg.Mark(this::coreBegins), new Leg.Stay(STILL_TIME.toSeconds(), 1.5, 0.05),
                        new Leg.Mark(this::coreEnds), new Leg.Mark(this::done)));
            }
            case OFFLINE -> timed(now, OFFLINE_TIME, "sends nothing, then the backlog");
            case MOCK -> timed(now, MOCK_TIME, "mock-location flag on");
            case TELEPORT -> {
                double a = random.nextDouble() * 2 * Math.PI;
                teleportBy = new Coordinate(TELEPORT_M * Math.sin(a), TELEPORT_M * Math.cos(a));
                timed(now, TELEPORT_STAY, String.format("jumps %.1f km to bearing %.0f° and back", TELEPORT_M / 1000,
                        Math.toDegrees(a)));
            }
        }
    }

    private void timed(Instant now, Duration length, String what) {
        detail = what;
        coreStart = now;
        timedEnd = now.plus(length);
        switch (kind) {
            case OFFLINE -> offlineUntil = timedEnd;
            case MOCK -> mockUntil = timedEnd;
            case TELEPORT -> teleportUntil = timedEnd;
            default -> throw new IllegalStateException(kind + " is not timed");
        }
    }

    private void endTimedEpisode(Instant now) {
        if (timedEnd != null && !now.isBefore(timedEnd)) {
            Instant end = timedEnd;
            timedEnd = null;
            coreEnds(end);
            done(end);
        }
    }

    private void walkAway(Instant now, Beat.Target target, Duration hold) {
        if (target == null) {
            cannot(now);
            return;
        }
        detail = String.format("%.0f m deep in grid %d %s", target.depth(), target.grid().id(), target.grid().name());
        // along his own streets to the corner nearest the spot, then straight in
        int access = beat.nearestBeatNode(target.point());
        List<Leg> legs = new ArrayList<>(beat.toNode(walker.position(), access, pace));
        legs.add(new Leg.Walk(List.of(territory.streets().node(access), target.point()), pace, -1));
        legs.add(new Leg.Mark(this::coreBegins));
        legs.add(new Leg.Stay(hold.toSeconds(), 12, 0.4));
        legs.add(new Leg.Mark(this::coreEnds));
        legs.add(new Leg.Walk(List.of(target.point(), territory.streets().node(access)), pace, access));
        legs.add(new Leg.Mark(this::done));
        walker.replace(legs);
    }

    private void offPost(Instant now) {
        int node = beat.streetAway(OFF_POST_MIN_M, OFF_POST_MAX_M, random);
        if (node < 0) {
            node = beat.streetAway(OFF_POST_FALLBACK_MIN_M, OFF_POST_FALLBACK_MAX_M, random);
        }
        if (node < 0) {
            cannot(now);
            return;
        }
        Coordinate spot = territory.streets().node(node);
        detail = String.format("%.0f m from his grids", beat.distanceFromOwn(spot));
        List<Leg> legs = new ArrayList<>(beat.toNode(walker.position(), node, pace));
        legs.add(new Leg.Mark(this::coreBegins));
        legs.add(new Leg.Stay(720 + random.nextInt(181), 10, 0.3));
        legs.add(new Leg.Mark(this::coreEnds));
        legs.add(new Leg.Mark(this::done));
        walker.replace(legs);
    }

    private void cannot(Instant now) {
        kind = null;
        plan.couldNotStart(now);
    }

    private void coreBegins(Instant at) {
        coreStart = at;
    }

    private void coreEnds(Instant at) {
        journal.accept(new Episode(officerId, badge, kind, coreStart, at, detail, false));
        coreStart = null;
    }

    private void done(Instant at) {
        plan.finished(kind, at);
        kind = null;
        detail = null;
    }

    /**
     * The run is over: an episode still under way is journaled as far as it got.
     */
    public void stop(Instant now) {
        if (kind != null && coreStart != null) {
            journal.accept(new Episode(officerId, badge, kind, coreStart, now, detail, true));
        }
        kind = null;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}

package org.gridpatrol.simulator.misbehaviour;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * When one officer misbehaves, and how: episodes start as a Poisson process at a rate per
 * simulated hour, only while none is under way, not in the first minutes (the server first needs
 * a track to judge against) and not before the previous kind's cooldown has passed. The kind is
 * drawn evenly from those enabled. Seeded: the same seed gives the same script.
 */
public final class MisbehaviourPlan {

    private final double perSecond;
    private final List<Kind> kinds;
    private final Random random;
    private Instant notBefore;
    private boolean running;

    /**
     * @param perHour   episodes per officer per simulated hour (0: never)
     * @param kinds     the kinds to draw from
     * @param notBefore no episode starts before this (the warm-up)
     */
    public MisbehaviourPlan(double perHour, List<Kind> kinds, Random random, Instant notBefore) {
        this.perSecond = perHour / 3600;
        this.kinds = List.copyOf(kinds);
        this.random = random;
        this.notBefore = notBefore;
    }

    /**
     * Asked once per fix.
     *
     * @param now     the simulated time
     * @param seconds since the previous question
     * @return the kind to start now, or null
     */
    public Kind next(Instant now, double seconds) {
        if (running || kinds.isEmpty() || perSecond <= 0 || now.isBefore(notBefore)) {
            return null;
        }
        if (random.nextDouble() >= perSecond * seconds) {
            return null;
        }
        running = true;
        return kinds.get(random.nextInt(kinds.size()));
    }

    /** The episode could not start (nowhere to go): patrol on, and ask again later. */
    public void couldNotStart(Instant now) {
        running = false;
        notBefore = now.plusSeconds(60);
    }

    /** The episode is over (the officer is back on his beat): the cooldown starts. */
    public void finished(Kind kind, Instant now) {
        running = false;
        notBefore = now.plus(kind.cooldown());
    }

    /** @return whether an episode is under way */
    public boolean running() {
        return running;
    }
}

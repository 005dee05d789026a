package org.gridpatrol.desktop.replay.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/**
 * What is being replayed: the officers' tracks and the one clock they share. The map
 * layer and the timeline read it; the window's controls change it.
 */
public final class ReplayScene {
    private final CopyOnWriteArrayList<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile List<ReplayTrack> tracks = List.of();
    private volatile ReplayClock clock;

    /** @return the tracks replayed, empty when nothing is */
    public List<ReplayTrack> tracks() {
        return tracks;
    }

    /** @return the clock, or null when nothing is replayed */
    public ReplayClock clock() {
        return clock;
    }

    /** @return true when tracks are loaded */
    public boolean active() {
        return clock != null;
    }

    /**
     * @param newTracks the tracks to replay
     * @param newClock  their window, standing where the replay should start
     */
    public void load(List<ReplayTrack> newTracks, ReplayClock newClock) {
        tracks = List.copyOf(newTracks);
        clock = newClock;
        fire();
    }

    /** Ends the replay: nothing is drawn. */
    public void clear() {
        tracks = List.of();
        clock = null;
        fire();
    }

    /** @param wall wall time since the last tick; moves the clock when playing */
    public void tick(Duration wall) {
        ReplayClock c = clock;
        if (c != null && c.playing()) {
            c.advance(wall);
            fire();
        }
    }

    /** Pauses and stands on the next fix of any officer after the present moment (or stays at the last). */
    public void stepForward() {
        step(true);
    }

    /** Pauses and stands on the last fix of any officer before the present moment (or stays at the first). */
    public void stepBack() {
        step(false);
    }

    private void step(boolean forward) {
        ReplayClock c = clock;
        if (c == null) {
            return;
        }
        c.pause();
        Instant now = c.now();
        Instant best = null;
        for (ReplayTrack track : tracks) {
            Instant t = forward ? track.nextAfter(now) : track.previousBefore(now);
            if (t != null && (best == null || (forward ? t.isBefore(best) : t.isAfter(best)))) {
                best = t;
            }
        }
        if (best != null) {
            c.seek(best);
        }
        fire();
    }

    /** Tells listeners the clock or its settings changed (after play, pause, speed, seek). */
    public void changed() {
        fire();
    }

    /** @param listener told after every change, on the thread that made it */
    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    private void fire() {
        ChangeEvent event = new ChangeEvent(this);
        listeners.forEach(l -> l.stateChanged(event));
    }
}

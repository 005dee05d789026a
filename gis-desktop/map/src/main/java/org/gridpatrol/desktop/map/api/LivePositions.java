package org.gridpatrol.desktop.map.api;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;

/**
 * Where officers are now, the trail each left behind (the last {@link #TRAIL_LENGTH}
 * positions), their names, and which of them have an open alarm. Thread-safe: the event
 * stream writes, the map paints.
 */
public final class LivePositions {
    /** How many positions a trail keeps. */
    public static final int TRAIL_LENGTH = 120;
    /** A silence this long ends a trail: the next position starts a new one instead of a line across the gap. */
    public static final Duration TRAIL_BREAK = Duration.ofMinutes(10);

    private final Map<Long, Deque<OfficerPosition>> trails = new LinkedHashMap<>();
    private final Map<Long, String> labels = new ConcurrentHashMap<>();
    private final Set<Long> alarmed = ConcurrentHashMap.newKeySet();
    private final ChangeSupport changes = new ChangeSupport(this);
    private volatile Long selected;

    /** @param position a new position; older ones than the officer's last are ignored */
    public void add(OfficerPosition position) {
        synchronized (trails) {
            Deque<OfficerPosition> trail = trails.computeIfAbsent(position.officerId(), k -> new ArrayDeque<>());
            OfficerPosition last = trail.peekLast();
            if (last != null && position.time() != null && last.time() != null && position.time().isBefore(last.time())) {
                return;
            }
            if (last != null && position.time() != null && last.time() != null
                    && Duration.between(last.time(), position.time()).compareTo(TRAIL_BREAK) > 0) {
                trail.clear();
            }
            trail.addLast(position);
            while (trail.size() > TRAIL_LENGTH) {
                trail.removeFirst();
            }
        }
        fire();
    }

    /** @return every officer's latest position */
    public List<OfficerPosition> latest() {
        synchronized (trails) {
            List<OfficerPosition> latest = new ArrayList<>(trails.size());
            for (Deque<OfficerPosition> trail : trails.values()) {
                latest.add(trail.peekLast());
            }
            return latest;
        }
    }

    /** @return the latest position of that officer, or null */
    public OfficerPosition latest(long officerId) {
        synchronized (trails) {
            Deque<OfficerPosition> trail = trails.get(officerId);
            return trail == null ? null : trail.peekLast();
        }
    }

    /** @return each officer's trail, oldest position first */
    public Collection<List<OfficerPosition>> trails() {
        synchronized (trails) {
            List<List<OfficerPosition>> copy = new ArrayList<>(trails.size());
            for (Deque<OfficerPosition> trail : trails.values()) {
                copy.add(new ArrayList<>(trail));
            }
            return copy;
        }
    }

    /** @param officerId the officer; @param label what to write beside him (badge, name) */
    public void label(long officerId, String label) {
        labels.put(officerId, label);
    }

    /** @return the label of that officer, or null */
    public String label(long officerId) {
        return labels.get(officerId);
    }

    /** @param officerId the officer; @param open whether he has an open alarm now */
    public void alarm(long officerId, boolean open) {
        if (open ? alarmed.add(officerId) : alarmed.remove(officerId)) {
            fire();
        }
    }

    /** @param officers the officers with an alarm going on now; all others have none */
    public void setAlarmed(Set<Long> officers) {
        if (!alarmed.equals(officers)) {
            alarmed.retainAll(officers);
            alarmed.addAll(officers);
            fire();
        }
    }

    /** @return true when that officer has an open alarm */
    public boolean alarmed(long officerId) {
        return alarmed.contains(officerId);
    }

    /** @return the officer whose trail is highlighted, or null */
    public Long selected() {
        return selected;
    }

    /** @param officerId the officer to highlight, or null */
    public void select(Long officerId) {
        selected = officerId;
        fire();
    }

    /** @param listener told after every change, on the thread that made it */
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    private void fire() {
        changes.fireChange();
    }
}

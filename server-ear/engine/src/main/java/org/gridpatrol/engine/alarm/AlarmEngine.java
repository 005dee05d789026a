package org.gridpatrol.engine.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.GridIndex;

/**
 * The alarm engine: per-officer state machines fed with fixes and clock ticks, returning the
 * alarms they open and close. Plain Java, no clock of its own: every time comes in as data.
 *
 * <p>Fixes are evaluated in their own time order. A batch is sorted before evaluation, so the
 * same fixes give the same alarms however they were split into uploads; a fix older than one
 * already evaluated cannot be placed any more and is left out (only its ordering is checked).
 *
 * <p>Thread-safe: different officers may be fed concurrently; calls for one officer are
 * serialised.
 */
public final class AlarmEngine {

    private final GridIndex grids;
    private final Map<Long, OfficerWatch> watches = new ConcurrentHashMap<>();

    public AlarmEngine(GridIndex grids) {
        this.grids = Objects.requireNonNull(grids, "grids");
    }

    /** Starts watching an officer, or updates the grids, duty and thresholds of one already watched. */
    public void assign(Assignment assignment) {
        watches.compute(assignment.officerId(), (id, watch) -> {
            if (watch == null) {
                return new OfficerWatch(grids, assignment);
            }
            synchronized (watch) {
                watch.reassign(assignment);
            }
            return watch;
        });
    }

    /** Stops watching an officer and forgets their state. */
    public void release(long officerId) {
        watches.remove(officerId);
    }

    public boolean watches(long officerId) {
        return watches.containsKey(officerId);
    }

    /** Evaluates one fix received at {@code receivedAt} (server time). */
    public List<AlarmEvent> accept(long officerId, Fix fix, Instant receivedAt) {
        return acceptBatch(officerId, List.of(fix), receivedAt);
    }

    /** Evaluates an upload: its fixes are sorted by time (then seq) and evaluated in that order. */
    public List<AlarmEvent> acceptBatch(long officerId, Collection<Fix> fixes, Instant receivedAt) {
        OfficerWatch watch = watch(officerId);
        List<Fix> sorted = new ArrayList<>(fixes);
        sorted.sort(Fix.TIME_ORDER);
        synchronized (watch) {
            EventSink sink = new EventSink(officerId, receivedAt, watch.thresholds());
            long received = receivedAt.toEpochMilli();
            for (Fix f : sorted) {
                watch.accept(f, received, sink);
            }
            return List.copyOf(sink.events());
        }
    }

    /** A clock tick for every officer: closes alarms of officers whose duty has ended. */
    public List<AlarmEvent> tick(Instant now) {
        List<AlarmEvent> events = new ArrayList<>();
        for (Long officerId : watches.keySet()) {
            events.addAll(tick(officerId, now));
        }
        return events;
    }

    /** A clock tick for one officer. */
    public List<AlarmEvent> tick(long officerId, Instant now) {
        OfficerWatch watch = watches.get(officerId);
        if (watch == null) {
            return List.of();
        }
        synchronized (watch) {
            EventSink sink = new EventSink(officerId, now, watch.thresholds());
            watch.tick(now, sink);
            return List.copyOf(sink.events());
        }
    }

    /** The officer's state as plain values, for the services to persist. */
    public Optional<OfficerSnapshot> snapshot(long officerId) {
        OfficerWatch watch = watches.get(officerId);
        if (watch == null) {
            return Optional.empty();
        }
        synchronized (watch) {
            return Optional.of(watch.snapshot());
        }
    }

    /** Watches an officer from a persisted state (after a restart). */
    public void restore(Assignment assignment, OfficerSnapshot snapshot) {
        if (assignment.officerId() != snapshot.officerId()) {
            throw new IllegalArgumentException("snapshot of officer " + snapshot.officerId()
                    + " given for officer " + assignment.officerId());
        }
        OfficerWatch watch = new OfficerWatch(grids, assignment);
        watch.restore(snapshot);
        watches.put(assignment.officerId(), watch);
    }

    private OfficerWatch watch(long officerId) {
        OfficerWatch watch = watches.get(officerId);
        if (watch == null) {
            throw new IllegalStateException("officer " + officerId + " is not assigned");
        }
        return watch;
    }
}

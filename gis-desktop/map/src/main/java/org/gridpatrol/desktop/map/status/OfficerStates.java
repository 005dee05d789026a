package org.gridpatrol.desktop.map.status;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import javax.swing.event.ChangeListener;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.model.alarm.AlarmView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openide.util.ChangeSupport;

/**
 * Every officer's status, from the live positions the map follows, the alarms going on
 * and the grids each officer is responsible for. Listeners hear when any may have changed.
 * The map asks for every officer on each frame, so whether a position lies in his grids is
 * worked out once per position.
 */
public final class OfficerStates {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final LivePositions positions;
    private final LongFunction<MapGrid> grids;
    private final Clock clock;
    private final Map<Long, Set<String>> openAlarms = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> ownGrids = new ConcurrentHashMap<>();
    private final Map<Long, Inside> inside = new ConcurrentHashMap<>();
    private final ChangeSupport changes = new ChangeSupport(this);

    /**
     * @param positions live positions (the map's)
     * @param grids     finds a grid by id (null when unknown)
     * @param clock     the present, for silence
     */
    public OfficerStates(LivePositions positions, LongFunction<MapGrid> grids, Clock clock) {
        this.positions = positions;
        this.grids = grids;
        this.clock = clock;
        positions.addChangeListener(e -> fire());
    }

    /** @param alarms the alarms known now; those without an end are going on */
    public void alarms(List<AlarmView> alarms) {
        openAlarms.clear();
        alarms.forEach(this::alarm);
        fire();
    }

    /** @param alarm an alarm opened or closed (a live event) */
    public void alarm(AlarmView alarm) {
        Set<String> types = openAlarms.computeIfAbsent(alarm.officerId(), k -> ConcurrentHashMap.newKeySet());
        if (alarm.endedAt() == null && !"HANDLED".equals(alarm.state())) {
            types.add(alarm.type());
        } else {
            types.remove(alarm.type());
        }
        fire();
    }

    /** @param officerId the officer; @param gridIds the grids he is responsible for now */
    public void ownGrids(long officerId, Set<Long> gridIds) {
        ownGrids.put(officerId, new HashSet<>(gridIds));
        inside.remove(officerId);
        fire();
    }

    /**
     * The grids changed (loaded, reloaded, edited): whether each officer stands in his is worked
     * out again at the next look.
     *
     * @param tell whether listeners hear of it now (a repaint of the map follows a catalog change anyway)
     */
    public void gridsChanged(boolean tell) {
        inside.clear();
        if (tell) {
            fire();
        }
    }

    /** Forgets alarms and grids, e.g. at a new sign-in. */
    public void clear() {
        openAlarms.clear();
        ownGrids.clear();
        inside.clear();
        fire();
    }

    /** @return the officer's status now */
    public OfficerStatus of(long officerId) {
        OfficerPosition latest = positions.latest(officerId);
        return OfficerStatus.of(latest, openAlarms.getOrDefault(officerId, Set.of()), inOwnGrid(officerId, latest),
                clock.instant());
    }

    private boolean inOwnGrid(long officerId, OfficerPosition latest) {
        Set<Long> own = ownGrids.get(officerId);
        if (latest == null || own == null) {
            return false;
        }
        Inside known = inside.get(officerId);
        if (known != null && known.position() == latest) {
            return known.inside();
        }
        boolean in = covers(own, latest);
        inside.put(officerId, new Inside(latest, in));
        return in;
    }

    private boolean covers(Set<Long> own, OfficerPosition latest) {
        Point at = GEOMETRY.createPoint(new Coordinate(latest.lon(), latest.lat()));
        for (long id : own) {
            MapGrid grid = grids.apply(id);
            if (grid != null && grid.geometry().covers(at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether that position was found in his grids. */
    private record Inside(OfficerPosition position, boolean inside) {
    }

    /** @param listener told (on any thread) when statuses may have changed */
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    /** @param listener no longer told */
    public void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }

    private void fire() {
        changes.fireChange();
    }
}

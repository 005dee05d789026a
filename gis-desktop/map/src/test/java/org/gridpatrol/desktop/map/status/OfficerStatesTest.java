package org.gridpatrol.desktop.map.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Statuses as the map and the tree ask for them: in his grid or not, kept per position, redone when grids change. */
class OfficerStatesTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Map<Long, MapGrid> known = new ConcurrentHashMap<>();
    private final LivePositions positions = new LivePositions();
    private final OfficerStates states = new OfficerStates(positions, known::get, Clock.fixed(NOW, ZoneOffset.UTC));

    private static MapGrid grid(long id, double west, double south, double east, double north) {
        return new MapGrid(id, "UNIT_GRID", "网格" + id, null, 7, 0, GEOMETRY.createPolygon(new Coordinate[] {
                new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
                new Coordinate(west, north), new Coordinate(west, south)}));
    }

    @Test
    void anOfficerWhoseGridArrivesAfterHisPositionIsInHisGridOnceTheGridsChange() {
        positions.add(new OfficerPosition(7, 117.361, 32.931, NOW.minusSeconds(20), 5));
        states.ownGrids(7, Set.of(1L));
        assertEquals(OfficerStatus.ON_DUTY, states.of(7), "his grid is not loaded yet");
        known.put(1L, grid(1, 117.36, 32.93, 117.37, 32.94));
        assertEquals(OfficerStatus.ON_DUTY, states.of(7), "kept for the same position until told");
        AtomicInteger heard = new AtomicInteger();
        states.addChangeListener(e -> heard.incrementAndGet());
        states.gridsChanged(true);
        assertEquals(OfficerStatus.IN_GRID, states.of(7));
        assertEquals(1, heard.get(), "the tree hears of it");
    }

    @Test
    void aNewPositionOutsideHisGridsIsOnDutyAndBackInsideInGrid() {
        known.put(1L, grid(1, 117.36, 32.93, 117.37, 32.94));
        states.ownGrids(7, Set.of(1L));
        positions.add(new OfficerPosition(7, 117.365, 32.935, NOW.minusSeconds(60), 5));
        assertEquals(OfficerStatus.IN_GRID, states.of(7));
        positions.add(new OfficerPosition(7, 117.375, 32.935, NOW.minusSeconds(30), 5));
        assertEquals(OfficerStatus.ON_DUTY, states.of(7));
        positions.add(new OfficerPosition(7, 117.369, 32.939, NOW.minusSeconds(10), 5));
        assertEquals(OfficerStatus.IN_GRID, states.of(7));
        states.ownGrids(7, Set.of());
        assertEquals(OfficerStatus.ON_DUTY, states.of(7), "no longer responsible for it");
    }
}

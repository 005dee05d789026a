package org.gridpatrol.district.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.org.OrgUnit;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class CheckpointsTest {

    private final District district = TestDistrict.get();

    @Test
    void threePerSquadInGridsOfThatSquad() {
        for (OrgUnit squad : district.org().squads()) {
            long mine = district.checkpoints().stream().filter(c -> gridOf(c).orgUnitId() == squad.id()).count();
            assertEquals(Checkpoints.PER_SQUAD, mine, squad.name());
        }
    }

    @Test
    void theWholeThirtyMetreCircleLiesInsideItsGrid() {
        for (Checkpoint c : district.checkpoints()) {
            Polygon grid = district.frame().toMetres(gridOf(c).geom());
            Point p = district.frame().toMetres(c.geom());
            assertTrue(grid.contains(p), c.name());
            assertTrue(grid.getExteriorRing().distance(p) >= c.radiusM(), c.name());
        }
    }

    @Test
    void tagsAreUniqueAndNumbered() {
        Set<String> tags = new HashSet<>();
        for (Checkpoint c : district.checkpoints()) {
            assertTrue(c.tagCode().matches("^QR-340303-[0-9]{4}$"), c.tagCode());
            assertTrue(tags.add(c.tagCode()));
        }
    }

    private Grid gridOf(Checkpoint c) {
        return district.unitGrids().stream().filter(g -> g.id() == c.gridId()).findFirst().orElseThrow();
    }
}

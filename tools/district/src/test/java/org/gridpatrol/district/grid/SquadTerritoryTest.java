package org.gridpatrol.district.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.org.OrgUnit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.junit.jupiter.api.Test;

/** Each squad patrols one contiguous piece of town, of a fair share of the grids. */
class SquadTerritoryTest {

    private final District district = TestDistrict.get();

    @Test
    void eachSquadsUnitGridsFormOneContiguousPiece() {
        for (OrgUnit squad : district.org().squads()) {
            List<Polygon> mine = district.unitGrids().stream().filter(g -> g.orgUnitId() == squad.id()).map(Grid::geom).toList();
            Geometry union = UnaryUnionOp.union(mine);
            assertTrue(union instanceof Polygon, squad.name() + " is in " + union.getNumGeometries() + " pieces");
        }
    }

    @Test
    void eachCommunityIsContiguousToo() {
        for (Community c : district.layout().communities()) {
            List<Polygon> mine = district.layout().unitGrids().stream().filter(u -> u.community() == c).map(UnitGrid::geom).toList();
            assertTrue(UnaryUnionOp.union(mine) instanceof Polygon, c.name());
        }
    }

    @Test
    void squadsGetFairShares() {
        int n = district.unitGrids().size();
        for (OrgUnit squad : district.org().squads()) {
            long mine = district.unitGrids().stream().filter(g -> g.orgUnitId() == squad.id()).count();
            assertTrue(mine >= n / 6 - 4 && mine <= n / 6 + 4, squad.name() + " has " + mine);
        }
    }

    @Test
    void keyAreasBelongToTheSquadWhoseGridHoldsThem() {
        for (Grid k : district.keyAreas()) {
            Grid host = district.unitGrids().stream().filter(g -> g.geom().covers(k.geom().getInteriorPoint())).findFirst().orElseThrow();
            assertEquals(host.orgUnitId(), k.orgUnitId(), k.name());
        }
    }

    @Test
    void chunkCutsCountsIntoContiguousRunsOfAboutEqualSums() {
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, GridLayout.chunk(new int[] {1, 1, 1, 1, 1, 1}, 3));
        assertArrayEquals(new int[] {0, 1, 1, 2}, GridLayout.chunk(new int[] {6, 3, 3, 6}, 3));
        assertArrayEquals(new int[] {0, 1, 2}, GridLayout.chunk(new int[] {1, 9, 1}, 3));
    }
}

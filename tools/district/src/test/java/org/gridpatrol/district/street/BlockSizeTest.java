package org.gridpatrol.district.street;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.grid.Grid;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

/** Blocks are the size of city blocks and drawn with enough vertices to look surveyed. */
class BlockSizeTest {

    private final District district = TestDistrict.get();

    @Test
    void aboutSixtyBlocks() {
        int n = district.unitGrids().size();
        assertTrue(n >= 50 && n <= 75, n + " unit grids");
    }

    @Test
    void blocksMeasureBetween150And600MetresASide() {
        for (Grid g : district.unitGrids()) {
            Polygon m = district.frame().toMetres(g.geom());
            double side = Math.sqrt(m.getArea());
            Coordinate[] r = MinimumAreaRectangle.getMinimumRectangle(m).getCoordinates();
            double longest = Math.max(r[0].distance(r[1]), r[1].distance(r[2]));
            double shortest = Math.min(r[0].distance(r[1]), r[1].distance(r[2]));
            assertTrue(side >= 150 && side <= 600, g.name() + ": √area " + side);
            assertTrue(longest <= 750, g.name() + ": longest side " + longest);
            assertTrue(shortest >= 120, g.name() + ": shortest side " + shortest);
        }
    }

    @Test
    void blocksHaveEnoughVerticesToFollowCurvedStreets() {
        double mean = district.unitGrids().stream().mapToInt(g -> g.geom().getNumPoints()).average().orElse(0);
        assertTrue(mean >= 30, "mean vertices " + mean);
        district.unitGrids().forEach(g -> assertTrue(g.geom().getNumPoints() >= 8, g.name()));
    }

    @Test
    void streetsAreNotAChessboard() {
        long curvedArterials = district.streets().arterials().stream()
                .filter(r -> r.line().getLength() > r.line().getStartPoint().distance(r.line().getEndPoint()) * 1.002)
                .count();
        assertTrue(curvedArterials >= 4, curvedArterials + " curved arterials");
        long tJunctionStreets = district.streets().minorStreets().stream().filter(r -> r.kind() == RoadKind.BRANCH).count();
        assertTrue(tJunctionStreets >= 10, tJunctionStreets + " branch streets ending on other streets");
    }
}

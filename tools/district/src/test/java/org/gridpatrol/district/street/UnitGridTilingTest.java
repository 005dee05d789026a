package org.gridpatrol.district.street;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.grid.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.junit.jupiter.api.Test;

/** The unit grids tile the district: no overlaps, no gaps, and shared borders vertex for vertex. */
class UnitGridTilingTest {

    private final District district = TestDistrict.get();
    private final List<Grid> grids = district.unitGrids();

    @Test
    void unionAreaEqualsSumOfAreasSoNoTwoGridsOverlap() {
        double sum = grids.stream().mapToDouble(g -> g.geom().getArea()).sum();
        Geometry union = UnaryUnionOp.union(grids.stream().map(Grid::geom).toList());
        assertEquals(sum, union.getArea(), sum * 1e-9);
    }

    @Test
    void pairwiseIntersectionsHaveZeroArea() {
        for (int i = 0; i < grids.size(); i++) {
            for (int j = i + 1; j < grids.size(); j++) {
                Polygon a = grids.get(i).geom();
                Polygon b = grids.get(j).geom();
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    continue;
                }
                assertFalse(a.relate(b, "2********"), grids.get(i).name() + " and " + grids.get(j).name() + " overlap");
                double shared = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
                assertEquals(0.0, shared, 0.0, grids.get(i).name() + " ∩ " + grids.get(j).name());
            }
        }
    }

    @Test
    void unionIsTheWholeDistrictWithoutHoles() {
        Geometry union = UnaryUnionOp.union(grids.stream().map(Grid::geom).toList());
        assertTrue(union instanceof Polygon, "one piece, got " + union.getGeometryType());
        assertEquals(0, ((Polygon) union).getNumInteriorRing(), "holes in the union");
        // Snap-rounding bends the boundary by under a centimetre where a street meets it, so the
        // blocks' union differs from the rounded boundary polygon by a few square metres in 8.8 km².
        double district = this.district.boundary().getArea();
        assertEquals(district, union.getArea(), district * 1e-6);
    }

    @Test
    void everyVertexIsOnTheSevenDecimalGridSoSharedVerticesAreWrittenIdentically() {
        for (Grid g : district.grids()) {
            for (Coordinate c : g.geom().getCoordinates()) {
                assertEquals(Math.round(c.x * 1e7) / 1e7, c.x, 0.0, g.name());
                assertEquals(Math.round(c.y * 1e7) / 1e7, c.y, 0.0, g.name());
            }
        }
    }

    @Test
    void neighboursShareTheirBorderAsALineNotJustTouchingPoints() {
        long neighbourPairs = 0;
        for (int i = 0; i < grids.size(); i++) {
            for (int j = i + 1; j < grids.size(); j++) {
                Geometry border = grids.get(i).geom().intersection(grids.get(j).geom());
                if (border.getLength() > 0) {
                    neighbourPairs++;
                }
            }
        }
        // a planar tiling of n faces has about 3n edges between faces; a chessboard has 2n
        assertTrue(neighbourPairs >= 2L * grids.size(), "only " + neighbourPairs + " shared borders");
    }

    @Test
    void everyGridIsAValidSimplePolygon() {
        for (Grid g : district.grids()) {
            assertTrue(g.geom().isValid(), g.name());
            assertEquals(0, g.geom().getNumInteriorRing(), g.name());
        }
    }
}

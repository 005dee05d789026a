package org.gridpatrol.simulator;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.simulator.geo.LocalMetres;
import org.gridpatrol.simulator.patrol.Territory;
import org.gridpatrol.simulator.street.StreetGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A town for tests: 4 × 4 square blocks of 300 m between straight streets, each block a unit
 * grid; grid ids 1…16 row by row from the south-west (grid {@code 1 + col + 4 * row}).
 */
public final class ToyTown {

    public static final double BLOCK = 300;
    public static final int SIDE = 4;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ToyTown() {
    }

    public static Territory territory() {
        List<LineString> streets = new ArrayList<>();
        double end = BLOCK * SIDE;
        for (int i = 0; i <= SIDE; i++) {
            double at = i * BLOCK;
            streets.add(GEOMETRY.createLineString(new Coordinate[] {new Coordinate(0, at), new Coordinate(end, at)}));
            streets.add(GEOMETRY.createLineString(new Coordinate[] {new Coordinate(at, 0), new Coordinate(at, end)}));
        }
        List<Territory.Grid> grids = new ArrayList<>();
        for (int row = 0; row < SIDE; row++) {
            for (int col = 0; col < SIDE; col++) {
                double x = col * BLOCK;
                double y = row * BLOCK;
                grids.add(new Territory.Grid(id(col, row), "UNIT_GRID", "block " + col + "," + row,
                        GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + BLOCK, y),
                            new Coordinate(x + BLOCK, y + BLOCK), new Coordinate(x, y + BLOCK), new Coordinate(x, y)})));
            }
        }
        return new Territory(new LocalMetres(117.36, 32.93), StreetGraph.of(streets), grids);
    }

    public static long id(int col, int row) {
        return 1 + col + (long) SIDE * row;
    }
}

package org.gridpatrol.engine.coverage;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The length of street lines (metric plane) whose points fall in covered cells, walked in steps of half a cell. */
final class StreetWalk {
    private StreetWalk() {
    }

    static double lengthCovered(Geometry lines, CellMask near) {
        double walked = 0;
        double step = near.cell / 2;
        for (int g = 0; g < lines.getNumGeometries(); g++) {
            Coordinate[] c = lines.getGeometryN(g).getCoordinates();
            for (int i = 1; i < c.length; i++) {
                double length = c[i - 1].distance(c[i]);
                int parts = Math.max(1, (int) Math.ceil(length / step));
                for (int k = 0; k < parts; k++) {
                    double t = (k + 0.5) / parts;
                    if (covered(near, c[i - 1].x + (c[i].x - c[i - 1].x) * t, c[i - 1].y + (c[i].y - c[i - 1].y) * t)) {
                        walked += length / parts;
                    }
                }
            }
        }
        return walked;
    }

    private static boolean covered(CellMask mask, double x, double y) {
        int column = (int) Math.floor((x - mask.box.getMinX()) / mask.cell);
        int row = (int) Math.floor((y - mask.box.getMinY()) / mask.cell);
        return column >= 0 && row >= 0 && column < mask.columns && row < mask.rows && mask.bits.get(row * mask.columns + column);
    }
}

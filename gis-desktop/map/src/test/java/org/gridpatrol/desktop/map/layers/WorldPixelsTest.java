package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.map.basemap.BaseMap;
import org.gridpatrol.desktop.map.basemap.TileFactories;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.viewer.GeoPosition;
import org.jxmapviewer.viewer.TileFactory;

class WorldPixelsTest {
    @Test
    void theInlinedProjectionIsTheLibrarysToTheMicropixel() {
        for (BaseMap base : new BaseMap[] {BaseMap.NONE, new BaseMap(BaseMap.Kind.XYZ, "http://h/{z}/{x}/{y}.png", "")}) {
            TileFactory tiles = TileFactories.create(base);
            for (int zoom = 0; zoom <= 17; zoom++) {
                WorldPixels world = new WorldPixels(tiles, zoom);
                for (double[] p : new double[][] {{117.36, 32.93}, {-0.1, 51.5}, {151.2, -33.9}, {0, 89.9}}) {
                    Point2D mine = world.point(p[0], p[1]);
                    Point2D theirs = tiles.geoToPixel(new GeoPosition(p[1], p[0]), zoom);
                    assertEquals(theirs.getX(), mine.getX(), 1e-6);
                    assertEquals(theirs.getY(), mine.getY(), 1e-6);
                }
            }
        }
    }
}

package org.gridpatrol.desktop.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.jxmapviewer.viewer.TileFactory;

class BaseMapTest {

    @Test
    void theShortFormReadsBackWhatItWrites() {
        for (BaseMap map : new BaseMap[] {BaseMap.NONE, new BaseMap(BaseMap.Kind.XYZ, "http://tiles/{z}/{x}/{y}.png", ""),
            new BaseMap(BaseMap.Kind.FOLDER, "/data/tiles", ""),
            new BaseMap(BaseMap.Kind.WMS, "http://gis/geoserver/wms", "bengshan:roads,bengshan:blocks"),
            new BaseMap(BaseMap.Kind.WMS, "http://gis/geoserver/ows?SERVICE=WMS&", "bengshan:roads;1.3.0;EPSG:3857;"),
            new BaseMap(BaseMap.Kind.WMTS, "http://gis/gwc/wmts?LAYER=a&TILEMATRIX=EPSG:900913:{z}&TILEROW={y}&TILECOL={x}", "a")}) {
            assertEquals(map, BaseMap.parse(map.format()));
        }
        assertEquals(BaseMap.NONE, BaseMap.parse("nonsense"));
    }

    @Test
    void xyzTilesCountZoomFromTheWorldDownwardsAsTileServersDo() {
        XyzTileFactoryInfo info = new XyzTileFactoryInfo("t", "http://h/{z}/{x}/{y}.png");
        // JXMapViewer's level 0 is the most detailed: z = 19 − level
        assertEquals("http://h/19/3/5.png", info.getTileUrl(3, 5, 0));
        assertEquals("http://h/14/13668/6628.png", info.getTileUrl(13668, 6628, 5));
    }

    @Test
    void anOfflineFolderServesItsTilesToTheMap(@TempDir Path folder) throws Exception {
        JXMapViewer viewer = new JXMapViewer();
        TileFactory tiles = TileFactories.create(new BaseMap(BaseMap.Kind.FOLDER, folder.toString(), ""));
        viewer.setTileFactory(tiles);
        viewer.setSize(512, 512);
        viewer.setZoom(5);
        GeoPosition centre = new GeoPosition(32.93, 117.36);
        viewer.setCenterPosition(centre);
        // the tile under the centre at z 14, painted red, in z/x/y.png
        Point2D pixel = tiles.geoToPixel(centre, 5);
        int x = (int) (pixel.getX() / 256);
        int y = (int) (pixel.getY() / 256);
        Path tile = folder.resolve("14").resolve(Integer.toString(x)).resolve(y + ".png");
        Files.createDirectories(tile.getParent());
        BufferedImage red = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ImageIO.write(red, "png", tile.toFile());

        paint(viewer); // asks for the tiles, which load on the factory's threads
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int centrePixel;
        do {
            Thread.sleep(50);
            centrePixel = paint(viewer).getRGB(256, 256);
        } while (centrePixel != Color.RED.getRGB() && System.nanoTime() < deadline);
        assertEquals(Color.RED.getRGB(), centrePixel, "the tile from the folder is drawn under the centre");
    }

    private static BufferedImage paint(JXMapViewer viewer) {
        BufferedImage image = new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        viewer.paint(g);
        g.dispose();
        return image;
    }
}

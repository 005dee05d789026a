package org.gridpatrol.desktop.replay.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.OSMTileFactoryInfo;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.DefaultTileFactory;
import org.jxmapviewer.viewer.GeoPosition;

/** A map never shown (no tile is loaded) and a layer drawn from it into an image, for pixel checks. */
public final class OffScreen {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;

    private OffScreen() {
    }

    /** Points the map, sized {@value #WIDTH}×{@value #HEIGHT} at zoom 1, at a place. */
    public static void aim(JXMapViewer map, double lat, double lon) {
        map.setTileFactory(new DefaultTileFactory(new OSMTileFactoryInfo()));
        map.setSize(WIDTH, HEIGHT);
        map.setZoom(1);
        map.setCenterPosition(new GeoPosition(lat, lon));
    }

    /** Draws the layer on white and keeps the image as {@code target/<file>.png} to look at. */
    public static BufferedImage render(Painter<JXMapViewer> painter, JXMapViewer map, String file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        painter.paint(g, map, WIDTH, HEIGHT);
        g.dispose();
        File out = new File("target/" + file + ".png");
        out.getParentFile().mkdirs();
        ImageIO.write(image, "png", out);
        return image;
    }
}

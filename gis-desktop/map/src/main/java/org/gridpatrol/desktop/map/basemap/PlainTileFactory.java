package org.gridpatrol.desktop.map.basemap;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jxmapviewer.viewer.Tile;
import org.jxmapviewer.viewer.TileFactory;
import org.jxmapviewer.viewer.TileFactoryInfo;

/** No base map: every tile is the same plain paper colour, nothing is fetched. */
public final class PlainTileFactory extends TileFactory {
    /** The background colour. */
    public static final Color PAPER = new Color(0xF4, 0xF1, 0xEA);
    private final BufferedImage image;

    /** With the XYZ zoom levels, so switching base maps keeps the view. */
    public PlainTileFactory() {
        this(new TileFactoryInfo("none", 0, XyzTileFactoryInfo.TOTAL_ZOOM - 2, XyzTileFactoryInfo.TOTAL_ZOOM, 256,
                true, true, "", "x", "y", "z"));
    }

    private PlainTileFactory(TileFactoryInfo info) {
        super(info);
        int size = info.getTileSize(0);
        image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(PAPER);
        g.fillRect(0, 0, size, size);
        g.dispose();
    }

    @Override
    public Tile getTile(int x, int y, int zoom) {
        return new Tile(x, y, zoom) {
            @Override
            public synchronized boolean isLoaded() {
                return true;
            }

            @Override
            public BufferedImage getImage() {
                return image;
            }
        };
    }

    @Override
    public void dispose() {
        // nothing is held
    }

    @Override
    protected void startLoading(Tile tile) {
        // nothing to load
    }
}

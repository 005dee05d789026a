package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapCheckpoint;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/**
 * The checkpoints layer: a teal diamond per checkpoint of the grids on the map (the catalog
 * holds the grids in view), named once the map is zoomed in close.
 */
public final class CheckpointPainter implements Painter<JXMapViewer> {
    /** Fill of a checkpoint's diamond. */
    public static final Color CHECKPOINT = new Color(0, 137, 123);
    private static final double HALF = 6;
    private static final Font LABEL = new Font(Font.DIALOG, Font.PLAIN, 11);

    private final GridCatalog catalog;
    private volatile List<MapCheckpoint> checkpoints = List.of();

    /** @param catalog the grids on the map, whose checkpoints are drawn */
    public CheckpointPainter(GridCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param all the checkpoints the caller may see, of any grid */
    public void show(List<MapCheckpoint> all) {
        checkpoints = List.copyOf(all);
    }

    /** @return the checkpoints held, of any grid */
    public List<MapCheckpoint> checkpoints() {
        return checkpoints;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        List<MapCheckpoint> all = checkpoints;
        if (all.isEmpty()) {
            return;
        }
        Set<Long> gridsOnMap = new HashSet<>();
        for (MapGrid grid : catalog.grids()) {
            gridsOnMap.add(grid.id());
        }
        Rectangle viewport = map.getViewportBounds();
        Rectangle margin = new Rectangle(viewport);
        margin.grow(20, 20);
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        boolean labels = map.getZoom() <= OfficerPainter.LABEL_ZOOM;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setStroke(new BasicStroke(1.2f));
            g2.setFont(LABEL);
            for (MapCheckpoint checkpoint : all) {
                Point2D p = world.point(checkpoint.lon(), checkpoint.lat());
                if (!gridsOnMap.contains(checkpoint.gridId()) || !margin.contains(p)) {
                    continue;
                }
                Path2D.Double diamond = new Path2D.Double();
                diamond.moveTo(p.getX(), p.getY() - HALF);
                diamond.lineTo(p.getX() + HALF, p.getY());
                diamond.lineTo(p.getX(), p.getY() + HALF);
                diamond.lineTo(p.getX() - HALF, p.getY());
                diamond.closePath();
                g2.setColor(CHECKPOINT);
                g2.fill(diamond);
                g2.setColor(Color.WHITE);
                g2.draw(diamond);
                if (labels && checkpoint.name() != null) {
                    g2.setColor(CHECKPOINT.darker());
                    g2.drawString(checkpoint.name(), (float) (p.getX() + HALF + 3), (float) (p.getY() - 3));
                }
            }
        } finally {
            g2.dispose();
        }
    }
}

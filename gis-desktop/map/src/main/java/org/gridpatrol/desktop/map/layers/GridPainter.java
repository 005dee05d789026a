package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.locationtech.jts.geom.Point;

/**
 * The grid layer: each grid filled and outlined in its kind's colours, the selected one
 * outlined in magenta, names written inside those large enough to hold them. Grids are
 * projected once per zoom and drawn once into an image larger than the view, so a pan
 * or a repaint for a moving officer costs a copy of pixels.
 */
public final class GridPainter implements Painter<JXMapViewer> {
    private static final Stroke OUTLINE = new BasicStroke(1.2f);
    private static final Stroke SELECTED = new BasicStroke(3f);
    private static final Font LABEL = new Font(Font.DIALOG, Font.PLAIN, 12);
    private static final Color HALO = new Color(255, 255, 255, 210);

    private final GridCatalog catalog;
    private volatile boolean labels = true;
    private Projected projected;
    /** The grids projected at the zoom levels visited since they last changed: zooming back is free. */
    private final Map<Integer, Projected> byZoom = new java.util.HashMap<>();
    private Raster raster;

    /** @param catalog the grids to draw */
    public GridPainter(GridCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param show whether names are written */
    public void setLabels(boolean show) {
        labels = show;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Projected shapes = projected(map);
        Rectangle viewport = map.getViewportBounds();
        double scale = g.getTransform().getScaleX();
        Raster raster = raster(shapes, viewport, scale);
        g.drawImage(raster.image, raster.area.x - viewport.x, raster.area.y - viewport.y,
                raster.area.width, raster.area.height, null);
        Long selected = catalog.selected();
        if (selected == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setStroke(SELECTED);
            g2.setColor(GridStyle.SELECTED);
            for (Shape shape : shapes.shapes) {
                if (shape.grid.id() == selected && shape.bounds.intersects(viewport)) {
                    g2.draw(shape.path);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * The grids drawn once into an image half a screen larger than the view on every side:
     * panning within it only copies pixels; a pan past it, a zoom or new grids redraw it.
     */
    private synchronized Raster raster(Projected shapes, Rectangle viewport, double scale) {
        Raster current = raster;
        if (current != null && current.shapes == shapes && current.scale == scale && current.labels == labels
                && current.area.contains(viewport)) {
            return current;
        }
        Rectangle area = new Rectangle(viewport.x - viewport.width / 2, viewport.y - viewport.height / 2,
                viewport.width * 2, viewport.height * 2);
        BufferedImage image = new BufferedImage((int) Math.ceil(area.width * scale), (int) Math.ceil(area.height * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            g2.translate(-area.x, -area.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            List<Shape> visible = new ArrayList<>();
            for (Shape shape : shapes.shapes) {
                if (shape.bounds.intersects(area)) {
                    visible.add(shape);
                }
            }
            g2.setStroke(OUTLINE);
            for (Shape shape : visible) {
                GridStyle style = GridStyle.of(shape.grid.kind());
                g2.setColor(style.fill());
                g2.fill(shape.path);
                g2.setColor(style.outline());
                g2.draw(shape.path);
            }
            if (labels) {
                writeLabels(g2, visible);
            }
        } finally {
            g2.dispose();
        }
        raster = new Raster(shapes, area, scale, labels, image);
        return raster;
    }

    private void writeLabels(Graphics2D g2, List<Shape> visible) {
        g2.setFont(LABEL);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics metrics = g2.getFontMetrics();
        for (Shape shape : visible) {
            String text = fitting(shape, metrics);
            if (text == null) {
                continue;
            }
            int w = metrics.stringWidth(text);
            float x = (float) (shape.anchor.getX() - w / 2.0);
            float y = (float) (shape.anchor.getY() + metrics.getAscent() / 2.0 - 1);
            g2.setColor(HALO);
            g2.fill(new Rectangle2D.Float(x - 2, y - metrics.getAscent(), w + 4, metrics.getHeight()));
            g2.setColor(GridStyle.of(shape.grid.kind()).outline().darker());
            g2.drawString(text, x, y);
        }
    }

    /** The full name when it fits inside the grid, its last part ("001网格") when that fits, else nothing. */
    private static String fitting(Shape shape, FontMetrics metrics) {
        String name = shape.grid.name();
        if (name == null) {
            return null;
        }
        double room = shape.bounds.getWidth() * 0.9;
        if (room < 24 || shape.bounds.getHeight() < metrics.getHeight() * 1.5) {
            return null;
        }
        if (metrics.stringWidth(name) <= room) {
            return name;
        }
        String tail = name.substring(name.lastIndexOf('-') + 1);
        return metrics.stringWidth(tail) <= room ? tail : null;
    }

    private synchronized Projected projected(JXMapViewer map) {
        long revision = catalog.revision();
        int zoom = map.getZoom();
        Projected current = projected;
        if (current != null && current.revision == revision && current.zoom == zoom
                && current.tiles == map.getTileFactory()) {
            return current;
        }
        if (current == null || current.revision != revision || current.tiles != map.getTileFactory()) {
            byZoom.clear();
        }
        Projected earlier = byZoom.get(zoom);
        if (earlier != null) {
            projected = earlier;
            return earlier;
        }
        WorldPixels world = new WorldPixels(map.getTileFactory(), zoom);
        Long hidden = catalog.hidden();
        // label anchors are places in lon/lat: found once per set of grids, not once per zoom
        Map<MapGrid, Point> anchors = new IdentityHashMap<>();
        if (current != null && current.revision == revision) {
            current.shapes.forEach(shape -> anchors.put(shape.grid, shape.geoAnchor));
        }
        List<Shape> shapes = new ArrayList<>();
        for (MapGrid grid : catalog.grids()) {
            if (hidden != null && hidden == grid.id()) {
                continue;
            }
            Path2D.Float path = world.path(grid.geometry());
            Point interior = anchors.computeIfAbsent(grid, g -> g.geometry().getInteriorPoint());
            shapes.add(new Shape(grid, path, path.getBounds2D(), world.point(interior.getX(), interior.getY()), interior));
        }
        shapes.sort(Comparator.comparingInt(s -> GridStyle.drawOrder(s.grid.kind())));
        projected = new Projected(revision, zoom, map.getTileFactory(), shapes);
        byZoom.put(zoom, projected);
        return projected;
    }

    /** The grid whose shape holds a component pixel, the smallest kind on top first; or null. */
    public MapGrid gridAt(JXMapViewer map, Point2D pixel) {
        Rectangle viewport = map.getViewportBounds();
        double x = pixel.getX() + viewport.x;
        double y = pixel.getY() + viewport.y;
        List<Shape> shapes = projected(map).shapes;
        for (int i = shapes.size() - 1; i >= 0; i--) {
            Shape shape = shapes.get(i);
            if (shape.bounds.contains(x, y) && shape.path.contains(x, y)) {
                return shape.grid;
            }
        }
        return null;
    }

    private record Shape(MapGrid grid, Path2D.Float path, Rectangle2D bounds, Point2D anchor, Point geoAnchor) {
    }

    private record Projected(long revision, int zoom, Object tiles, List<Shape> shapes) {
    }

    private record Raster(Projected shapes, Rectangle area, double scale, boolean labels, BufferedImage image) {
    }
}

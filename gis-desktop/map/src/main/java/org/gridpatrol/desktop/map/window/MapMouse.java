package org.gridpatrol.desktop.map.window;

import java.awt.Point;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.MapTool;
import org.jxmapviewer.JXMapViewer;

/**
 * Routes the pointer: the left button to the active tool (or, with no tool, selects the grid
 * under it and pans); the other buttons always pan; Escape cancels the tool's gesture.
 */
final class MapMouse extends MouseAdapter {
    private final JXMapViewer map;
    private final MapSession session;
    private final Consumer<Point2D> pointer;
    private Point panFrom;
    private boolean toolGesture;

    MapMouse(JXMapViewer map, MapSession session, Consumer<Point2D> pointer) {
        this.map = map;
        this.session = session;
        this.pointer = pointer;
    }

    void install() {
        map.addMouseListener(this);
        map.addMouseMotionListener(this);
        map.setFocusable(true);
        map.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                MapTool tool = session.tool();
                if (e.getKeyCode() == KeyEvent.VK_ESCAPE && tool != null) {
                    tool.cancelGesture();
                    map.repaint();
                }
            }
        });
    }

    @Override
    public void mousePressed(MouseEvent e) {
        map.requestFocusInWindow();
        MapTool tool = session.tool();
        toolGesture = tool != null && SwingUtilities.isLeftMouseButton(e);
        if (toolGesture) {
            tool.press(e.getPoint());
        } else {
            panFrom = e.getPoint();
        }
        map.repaint();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        pointer.accept(e.getPoint());
        if (toolGesture) {
            session.tool().drag(e.getPoint());
        } else if (panFrom != null) {
            Point2D center = map.getCenter();
            map.setCenter(new Point2D.Double(center.getX() - (e.getX() - panFrom.x), center.getY() - (e.getY() - panFrom.y)));
            panFrom = e.getPoint();
        }
        map.repaint();
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        MapTool tool = session.tool();
        if (toolGesture && tool != null) {
            tool.release(e.getPoint());
        }
        toolGesture = false;
        panFrom = null;
        map.repaint();
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        if (!SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        MapTool tool = session.tool();
        if (tool != null) {
            tool.click(e.getPoint(), e.getClickCount());
        } else {
            MapGrid grid = session.layers().grids().gridAt(map, e.getPoint());
            session.grids().select(grid == null ? null : grid.id());
        }
        map.repaint();
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        pointer.accept(e.getPoint());
        MapTool tool = session.tool();
        if (tool != null) {
            tool.move(e.getPoint());
            map.repaint();
        }
    }
}

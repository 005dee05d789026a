package org.gridpatrol.desktop.map.api;

import java.awt.geom.Point2D;

/**
 * One gesture on the map (draw, move a vertex, insert, delete…), fed with the left
 * button's events in component pixels. The map pans with the other buttons and zooms with
 * the wheel whatever tool is active.
 */
public interface MapTool {

    /** Called when the tool becomes the active one. */
    default void activate() {
    }

    /** Called when another tool (or none) takes over; ends any gesture. */
    default void deactivate() {
        cancelGesture();
    }

    /** Abandons the gesture under way (Escape), leaving no trace. */
    default void cancelGesture() {
    }

    /** @param p where the left button went down */
    default void press(Point2D p) {
    }

    /** @param p where the pointer is while the left button is down */
    default void drag(Point2D p) {
    }

    /** @param p where the left button came up */
    default void release(Point2D p) {
    }

    /** @param p where it was clicked; @param count 1 for a click, 2 for a double click */
    default void click(Point2D p, int count) {
    }

    /** @param p where the pointer moves with no button down */
    default void move(Point2D p) {
    }
}

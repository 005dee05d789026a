package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.grid.editing.sketch.CloseRing;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.InsertVertex;
import org.gridpatrol.desktop.grid.editing.snap.Handles;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.map.api.MapTool;

/**
 * Draws a new outline: each click adds a vertex (snapped to neighbours); a click on the
 * first vertex, or a double click, closes the ring. Undo takes back the last vertex.
 */
public final class DrawPolygonTool implements MapTool {
    private final EditSession session;

    /** @param session the session drawing */
    public DrawPolygonTool(EditSession session) {
        this.session = session;
    }

    @Override
    public void click(Point2D p, int count) {
        GridSketch sketch = session.sketch();
        if (sketch.closed()) {
            return;
        }
        if (count >= 2 || closesRing(p)) {
            CloseRing close = CloseRing.of(sketch);
            if (close != null) {
                session.perform(close);
            }
            return;
        }
        session.perform(InsertVertex.append(sketch, session.snap(p).at()));
    }

    private boolean closesRing(Point2D p) {
        GridSketch sketch = session.sketch();
        return sketch.size() >= 3 && Handles.vertexAt(p, session.projection(), sketch.vertices().subList(0, 1),
                EditSession.TOLERANCE_PX) == 0;
    }

    @Override
    public void move(Point2D p) {
        session.hover(session.sketch().closed() ? null : session.snap(p));
    }

    @Override
    public void cancelGesture() {
        session.hover(null);
    }

    /** @return where the next vertex would go, for the rubber band; or null */
    public Snap next() {
        return session.hover();
    }
}

package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.MoveVertex;
import org.gridpatrol.desktop.grid.editing.snap.Handles;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.map.api.MapTool;
import org.locationtech.jts.geom.Coordinate;

/**
 * Drags a vertex: press on it, drag (it follows, snapping to neighbours), release to
 * record one undoable move. Escape puts it back.
 */
public final class MoveVertexTool implements MapTool {
    private final EditSession session;
    private int dragged = -1;
    private Coordinate from;
    private Coordinate to;

    /** @param session the session editing */
    public MoveVertexTool(EditSession session) {
        this.session = session;
    }

    @Override
    public void press(Point2D p) {
        GridSketch sketch = session.sketch();
        dragged = Handles.vertexAt(p, session.projection(), sketch.vertices(), EditSession.TOLERANCE_PX);
        if (dragged >= 0) {
            from = sketch.vertex(dragged);
            to = from;
        }
    }

    @Override
    public void drag(Point2D p) {
        if (dragged < 0) {
            return;
        }
        Snap snap = session.snap(p);
        session.hover(snap);
        to = snap.at();
        session.sketch().preview(dragged, to);
    }

    @Override
    public void release(Point2D p) {
        if (dragged < 0) {
            return;
        }
        int index = dragged;
        dragged = -1;
        session.hover(null);
        if (!to.equals2D(from)) {
            session.sketch().preview(index, from);
            session.perform(new MoveVertex(session.sketch(), index, from, to));
        }
    }

    @Override
    public void cancelGesture() {
        if (dragged >= 0) {
            session.sketch().preview(dragged, from);
            dragged = -1;
        }
        session.hover(null);
    }

    @Override
    public void move(Point2D p) {
        GridSketch sketch = session.sketch();
        int under = Handles.vertexAt(p, session.projection(), sketch.vertices(), EditSession.TOLERANCE_PX);
        session.hover(under < 0 ? null : new Snap(sketch.vertex(under), Snap.Kind.VERTEX));
    }
}

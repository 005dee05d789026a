package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.InsertVertex;
import org.gridpatrol.desktop.grid.editing.snap.Handles;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.map.api.MapTool;

/**
 * Inserts a vertex on an edge of the outline where it is clicked (on a neighbour's vertex
 * when one is near, so the new vertex is shared).
 */
public final class InsertVertexTool implements MapTool {
    private final EditSession session;

    /** @param session the session editing */
    public InsertVertexTool(EditSession session) {
        this.session = session;
    }

    @Override
    public void click(Point2D p, int count) {
        GridSketch sketch = session.sketch();
        if (!sketch.closed()) {
            return;
        }
        Handles.EdgeHit hit = Handles.edgeAt(p, session.projection(), sketch.vertices(), EditSession.TOLERANCE_PX);
        if (hit == null) {
            return;
        }
        Snap snap = session.snap(p);
        session.perform(new InsertVertex(sketch, hit.insertAt(), snap.kind() == Snap.Kind.VERTEX ? snap.at() : hit.at()));
    }

    @Override
    public void move(Point2D p) {
        GridSketch sketch = session.sketch();
        Handles.EdgeHit hit = sketch.closed()
                ? Handles.edgeAt(p, session.projection(), sketch.vertices(), EditSession.TOLERANCE_PX) : null;
        session.hover(hit == null ? null : new Snap(hit.at(), Snap.Kind.EDGE));
    }

    @Override
    public void cancelGesture() {
        session.hover(null);
    }
}

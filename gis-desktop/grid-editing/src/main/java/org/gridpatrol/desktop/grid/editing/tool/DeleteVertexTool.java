package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import org.gridpatrol.desktop.grid.editing.sketch.DeleteVertex;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.snap.Handles;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.map.api.MapTool;

/** Deletes the vertex clicked, as long as the outline keeps three. */
public final class DeleteVertexTool implements MapTool {
    private final EditSession session;

    /** @param session the session editing */
    public DeleteVertexTool(EditSession session) {
        this.session = session;
    }

    @Override
    public void click(Point2D p, int count) {
        GridSketch sketch = session.sketch();
        int index = Handles.vertexAt(p, session.projection(), sketch.vertices(), EditSession.TOLERANCE_PX);
        if (index < 0 || !sketch.closed()) {
            return;
        }
        DeleteVertex delete = DeleteVertex.of(sketch, index);
        if (delete != null) {
            session.perform(delete);
        }
    }

    @Override
    public void move(Point2D p) {
        GridSketch sketch = session.sketch();
        int under = Handles.vertexAt(p, session.projection(), sketch.vertices(), EditSession.TOLERANCE_PX);
        session.hover(under < 0 ? null : new Snap(sketch.vertex(under), Snap.Kind.VERTEX));
    }

    @Override
    public void cancelGesture() {
        session.hover(null);
    }
}

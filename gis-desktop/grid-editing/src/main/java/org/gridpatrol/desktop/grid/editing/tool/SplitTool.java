package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gridpatrol.desktop.grid.editing.pieces.GridSplit;
import org.gridpatrol.desktop.grid.editing.pieces.PieceRefused;
import org.gridpatrol.desktop.grid.editing.sketch.GridPieces;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.ReshapeSketch;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.map.api.MapTool;
import org.locationtech.jts.geom.Coordinate;

/**
 * Cuts the edited grid in two: clicks draw the cutting line (snapped like any vertex), a
 * double click cuts. The larger piece stays the grid; the smaller is kept aside to be saved
 * as a new grid. One undoable edit; a line that does not cut in two is refused and forgotten.
 */
public final class SplitTool implements MapTool {
    private final EditSession session;
    private final GridPieces pieces;
    private final Consumer<String> refused;
    private final List<Coordinate> line = new ArrayList<>();

    /**
     * @param session the grid being edited
     * @param pieces  where the split-off piece is kept for the save
     * @param refused told why a cut was refused
     */
    public SplitTool(EditSession session, GridPieces pieces, Consumer<String> refused) {
        this.session = session;
        this.pieces = pieces;
        this.refused = refused;
    }

    @Override
    public void click(Point2D p, int count) {
        if (count < 2) {
            line.add(session.snap(p).at());
            session.guide(line);
            return;
        }
        if (line.size() >= 2) {
            cut();
        }
        line.clear();
        session.hover(null);
        session.guide(line);
    }

    private void cut() {
        GridSketch sketch = session.sketch();
        try {
            GridSplit split = GridSplit.of(sketch.toGeometry(),
                    GridSketch.FACTORY.createLineString(line.toArray(new Coordinate[0])));
            session.perform(ReshapeSketch.split(sketch, split.kept(), split.splitOff(), pieces));
        } catch (PieceRefused e) {
            refused.accept(e.getMessage());
        }
    }

    @Override
    public void move(Point2D p) {
        Snap at = line.isEmpty() ? null : session.snap(p);
        session.hover(at);
        if (at != null) {
            List<Coordinate> band = new ArrayList<>(line);
            band.add(at.at());
            session.guide(band);
        }
    }

    @Override
    public void cancelGesture() {
        line.clear();
        session.hover(null);
        session.guide(line);
    }

    /** @return the cutting line drawn so far, for painting */
    public List<Coordinate> line() {
        return List.copyOf(line);
    }
}

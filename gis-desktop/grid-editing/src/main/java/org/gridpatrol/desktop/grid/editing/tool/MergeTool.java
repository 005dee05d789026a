package org.gridpatrol.desktop.grid.editing.tool;

import java.awt.geom.Point2D;
import java.util.function.LongConsumer;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.MapTool;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Picks the neighbour to merge into the edited grid: a click on another grid on the map
 * names it; the editor reads its full outline and merges (see {@code GridMerge}).
 */
public final class MergeTool implements MapTool {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final EditSession session;
    private final GridCatalog grids;
    private final Long editedId;
    private final LongConsumer merge;

    /**
     * @param session  the grid being edited
     * @param grids    the grids on the map
     * @param editedId the edited grid's id (not a neighbour of itself), or null for a new grid
     * @param merge    told the id of the neighbour clicked
     */
    public MergeTool(EditSession session, GridCatalog grids, Long editedId, LongConsumer merge) {
        this.session = session;
        this.grids = grids;
        this.editedId = editedId;
        this.merge = merge;
    }

    @Override
    public void click(Point2D p, int count) {
        Coordinate at = session.projection().toGeo(p);
        Point point = GEOMETRY.createPoint(at);
        for (MapGrid grid : grids.grids()) {
            if ((editedId == null || grid.id() != editedId) && grid.geometry().covers(point)) {
                merge.accept(grid.id());
                return;
            }
        }
    }
}

package org.gridpatrol.desktop.grid.editing.window;

import org.gridpatrol.desktop.grid.editing.check.GridStore;
import org.gridpatrol.desktop.grid.editing.pieces.GridMerge;
import org.gridpatrol.desktop.grid.editing.sketch.GridPieces;
import org.gridpatrol.desktop.grid.editing.sketch.ReshapeSketch;
import org.gridpatrol.desktop.grid.editing.tool.EditSession;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.grid.GridRetirement;
import org.gridpatrol.model.grid.GridView;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.openide.util.NbBundle;

/**
 * The server side of merges: the neighbour's full outline read before merging, and the
 * absorbed grids retired just before the merged grid is saved (the server refuses an
 * outline that overlaps a live unit grid).
 */
final class GridPiecesSave {
    private static final GeoJson GEOJSON = new GeoJson(1_000_000);
    private final GridStore store;

    GridPiecesSave(GridStore store) {
        this.store = store;
    }

    /** @return the edit merging the neighbour into the session's grid; blocks to read the neighbour */
    ReshapeSketch merge(EditSession session, GridPieces pieces, long neighbourId) {
        GridView neighbour = store.get(neighbourId);
        Geometry outline = GEOJSON.readPolygonal(neighbour.geometry());
        if (outline.getNumGeometries() == 1) {
            outline = outline.getGeometryN(0);
        }
        Polygon union = GridMerge.of(session.sketch().toGeometry(), outline);
        return ReshapeSketch.merge(session.sketch(), union, neighbour.id(), neighbour.version(), pieces);
    }

    /** Retires the grids merged into the one being saved; blocks. */
    void retireAbsorbed(GridPieces pieces, String mergedInto) {
        for (GridPieces.Absorbed absorbed : pieces.absorbed()) {
            store.retire(absorbed.id(), new GridRetirement(absorbed.version(),
                    NbBundle.getMessage(GridPiecesSave.class, "MSG_MergedInto", mergedInto)));
        }
    }
}

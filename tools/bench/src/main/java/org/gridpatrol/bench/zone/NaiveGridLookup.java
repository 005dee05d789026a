package org.gridpatrol.bench.zone;

import java.util.Collection;
import java.util.List;
import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The baseline the engine's index must beat: what one writes first with JTS, an STRtree over
 * the grids' envelopes and a prepared geometry test for every candidate.
 */
public final class NaiveGridLookup {

    private record Entry(long id, PreparedGeometry area) {
    }

    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    public NaiveGridLookup(Collection<Grid> grids) {
        for (Grid g : grids) {
            tree.insert(g.area().getEnvelopeInternal(), new Entry(g.id(), PreparedGeometryFactory.prepare(g.area())));
        }
        tree.build();
    }

    /** Same contract as GridIndex.gridsAt(lon, lat, out). */
    public int gridsAt(double lon, double lat, long[] out) {
        Point point = factory.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        int n = 0;
        for (Entry e : candidates) {
            if (e.area().covers(point)) {
                if (n < out.length) {
                    out[n] = e.id();
                }
                n++;
            }
        }
        return n;
    }
}

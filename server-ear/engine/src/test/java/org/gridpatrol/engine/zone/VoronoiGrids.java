package org.gridpatrol.engine.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridpatrol.engine.testkit.Plane;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/** Irregular test grids: a densified Voronoi tessellation in lon/lat around the test plane's origin. */
final class VoronoiGrids {

    private VoronoiGrids() {
    }

    static List<Grid> of(int count, double widthMetres, double heightMetres, long seed) {
        Random random = new Random(seed);
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sites.add(new Coordinate(Plane.lon(random.nextDouble() * widthMetres),
                    Plane.lat(random.nextDouble() * heightMetres)));
        }
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites);
        voronoi.setClipEnvelope(Plane.rectangle(0, 0, widthMetres, heightMetres).getEnvelopeInternal());
        Geometry cells = voronoi.getDiagram(Plane.GEOMETRY);
        double spacingDegrees = Plane.lat(15) - Plane.lat(0);
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Polygon cell = (Polygon) cells.getGeometryN(i);
            grids.add(new Grid(i + 1, Densifier.densify(cell, spacingDegrees)));
        }
        return grids;
    }
}

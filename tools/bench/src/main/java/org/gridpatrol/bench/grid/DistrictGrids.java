package org.gridpatrol.bench.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Generates a district of irregular grids the way bureaus draw them: a tessellation without gaps
 * or overlaps whose borders wiggle along streets and walls.
 *
 * <p>A Voronoi diagram of random sites (in a local metric plane) gives the tessellation; every
 * interior edge is then densified and jittered sideways by a smooth random offset that vanishes
 * at its ends. The jitter is seeded by the edge itself, so the two grids sharing an edge get the
 * same wiggle and still meet exactly. Deterministic for a given seed, so benchmarks that run in
 * different processes (JMH, PostGIS baseline, import) see the same district.
 */
public final class DistrictGrids {

    /** Around the district this project started from. */
    public static final double CENTRE_LON = 117.37;
    public static final double CENTRE_LAT = 32.93;
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    private final double widthMetres;
    private final double heightMetres;
    private final int count;
    private final int verticesPerGrid;
    private final long seed;

    /**
     * @param widthMetres     east-west size of the district
     * @param heightMetres    north-south size of the district
     * @param count           how many grids
     * @param verticesPerGrid about how many vertices each grid's boundary gets
     * @param seed            random seed; the same seed gives the same district
     */
    public DistrictGrids(double widthMetres, double heightMetres, int count, int verticesPerGrid, long seed) {
        this.widthMetres = widthMetres;
        this.heightMetres = heightMetres;
        this.count = count;
        this.verticesPerGrid = verticesPerGrid;
        this.seed = seed;
    }

    /** The benchmark district: 2,000 grids of about 200 vertices over 24 km × 20 km. */
    public static DistrictGrids standard() {
        return new DistrictGrids(24_000, 20_000, 2_000, 200, 20250101L);
    }

    /** The generated district: its extent (lon/lat) and its grids, ids 1..count. */
    public record District(Envelope extent, List<Grid> grids) {
    }

    public District build() {
        GeometryFactory metric = new GeometryFactory(new PrecisionModel());
        Random random = new Random(seed);
        List<Coordinate> sites = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sites.add(new Coordinate(random.nextDouble() * widthMetres, random.nextDouble() * heightMetres));
        }
        Envelope clip = new Envelope(0, widthMetres, 0, heightMetres);
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites);
        voronoi.setClipEnvelope(clip);
        Geometry cells = voronoi.getDiagram(metric);

        double meanArea = widthMetres * heightMetres / count;
        // A hexagon's perimeter is about 3.72 √area; spread the vertex budget along it.
        double spacing = 3.72 * Math.sqrt(meanArea) / verticesPerGrid;
        Map<EdgeKey, Coordinate[]> edges = new HashMap<>();
        GeometryFactory lonLat = new GeometryFactory(new PrecisionModel(), 4326);
        List<Grid> grids = new ArrayList<>(cells.getNumGeometries());
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Polygon cell = (Polygon) cells.getGeometryN(i);
            Coordinate[] ring = wiggle(cell.getExteriorRing().getCoordinates(), clip, spacing, edges);
            Geometry area = lonLat.createPolygon(toLonLat(ring));
            if (!area.isValid()) {
                area = GeometryFixer.fix(area);
            }
            grids.add(new Grid(i + 1, area));
        }
        Envelope extent = new Envelope(lon(0), lon(widthMetres), lat(0), lat(heightMetres));
        return new District(extent, grids);
    }

    /** Uniform random points (lon, lat interleaved) over the district's extent. */
    public static double[] randomPoints(Envelope extent, int n, long seed) {
        Random random = new Random(seed);
        double[] points = new double[2 * n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
            points[2 * i + 1] = extent.getMinY() + random.nextDouble() * extent.getHeight();
        }
        return points;
    }

    private Coordinate[] wiggle(Coordinate[] ring, Envelope clip, double spacing, Map<EdgeKey, Coordinate[]> edges) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 1; i < ring.length; i++) {
            Coordinate a = ring[i - 1];
            Coordinate b = ring[i];
            EdgeKey key = EdgeKey.of(a, b);
            Coordinate[] line = edges.computeIfAbsent(key, k -> edgeLine(k, clip, spacing));
            boolean forward = key.a().equals2D(a);
            for (int j = 0; j < line.length - 1; j++) {
                out.add(forward ? line[j] : line[line.length - 1 - j]);
            }
        }
        out.add(out.get(0));
        return out.toArray(new Coordinate[0]);
    }

    /** Densified, jittered line from key.a to key.b; straight along the district's edge. */
    private Coordinate[] edgeLine(EdgeKey key, Envelope clip, double spacing) {
        Coordinate a = key.a();
        Coordinate b = key.b();
        double length = a.distance(b);
        int pieces = Math.max(1, (int) Math.round(length / spacing));
        boolean onDistrictEdge = onClipEdge(a, b, clip);
        Random random = new Random(seed ^ key.hashCode() * 0x9E3779B97F4A7C15L);
        // A smooth offset: a few sines of random phase, tapered to zero at both ends.
        double amplitude = onDistrictEdge ? 0 : Math.min(0.08 * length, 40);
        double[] phase = {random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2 * Math.PI,
            random.nextDouble() * 2 * Math.PI};
        double nx = -(b.y - a.y) / length;
        double ny = (b.x - a.x) / length;
        Coordinate[] line = new Coordinate[pieces + 1];
        for (int k = 0; k <= pieces; k++) {
            double t = (double) k / pieces;
            double noise = (Math.sin(2 * Math.PI * t + phase[0]) + 0.5 * Math.sin(6 * Math.PI * t + phase[1])
                    + 0.25 * Math.sin(14 * Math.PI * t + phase[2])) / 1.75;
            double offset = k == 0 || k == pieces ? 0 : amplitude * Math.sin(Math.PI * t) * noise;
            line[k] = k == 0 ? a : k == pieces ? b
                    : new Coordinate(a.x + t * (b.x - a.x) + offset * nx, a.y + t * (b.y - a.y) + offset * ny);
        }
        return line;
    }

    private static boolean onClipEdge(Coordinate a, Coordinate b, Envelope clip) {
        return (a.x == clip.getMinX() && b.x == clip.getMinX()) || (a.x == clip.getMaxX() && b.x == clip.getMaxX())
                || (a.y == clip.getMinY() && b.y == clip.getMinY()) || (a.y == clip.getMaxY() && b.y == clip.getMaxY());
    }

    private Coordinate[] toLonLat(Coordinate[] metric) {
        Coordinate[] out = new Coordinate[metric.length];
        for (int i = 0; i < metric.length; i++) {
            out[i] = new Coordinate(lon(metric[i].x), lat(metric[i].y));
        }
        return out;
    }

    /** The district is centred on the centre point. */
    private double lon(double x) {
        return CENTRE_LON + (x - widthMetres / 2) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(CENTRE_LAT)));
    }

    private double lat(double y) {
        return CENTRE_LAT + (y - heightMetres / 2) / METRES_PER_DEGREE;
    }

    /** An undirected edge, its ends in a canonical order so both neighbours find the same entry. */
    private record EdgeKey(Coordinate a, Coordinate b) {
        static EdgeKey of(Coordinate p, Coordinate q) {
            return p.compareTo(q) <= 0 ? new EdgeKey(p.copy(), q.copy()) : new EdgeKey(q.copy(), p.copy());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EdgeKey k && a.equals2D(k.a) && b.equals2D(k.b);
        }

        @Override
        public int hashCode() {
            return 31 * Double.hashCode(a.x) + 17 * Double.hashCode(a.y) + 7 * Double.hashCode(b.x) + Double.hashCode(b.y);
        }
    }
}

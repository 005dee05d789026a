package org.gridpatrol.bench.load;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.gridpatrol.bench.grid.DistrictGrids;
import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import org.postgresql.PGConnection;

/**
 * Grid load run: a district of 2,000 irregular grids of ~200 vertices imported
 * through the API (every check on), then the city-wide bounding-box query the map
 * makes, each beside PostgreSQL doing the bare work (COPY of the same geometries
 * into an indexed table; the same bounding-box SQL over JDBC).
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.GridLoad BASE_URL DB_PROPERTIES</pre>
 */
public final class GridLoad {
    private static final int QUERIES = 15;

    private GridLoad() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.of(args[0], Path.of(args[1]));
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        DistrictGrids.District district = DistrictGrids.standard().build();
        long orgUnit;
        try (Connection db = target.connect(); Statement st = db.createStatement();
             ResultSet row = st.executeQuery("INSERT INTO org_unit (kind, name, code) VALUES ('BUREAU', 'bench grids', 'BENCH-G-"
                     + System.nanoTime() + "') RETURNING id")) {
            row.next();
            orgUnit = row.getLong(1);
        }
        String collection = featureCollection(district, orgUnit);
        int vertices = district.grids().stream().mapToInt(g -> g.area().getNumPoints()).sum();
        System.out.printf(Locale.ROOT, "%,d grids, %,d vertices, %,d bytes of GeoJSON%n", district.grids().size(), vertices,
                collection.length());

        long start = System.nanoTime();
        HttpResponse<String> imported = target.post("/grids/import?acceptWarnings=true", "application/json", collection);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        if (imported.statusCode() != 200 || !imported.body().contains("\"applied\":true")) {
            int errors = Math.max(0, imported.body().indexOf("\"errors\""));
            throw new IllegalStateException("import failed: " + imported.statusCode() + " "
                    + imported.body().substring(errors, Math.min(errors + 3000, imported.body().length())));
        }
        double copySeconds = copyBaseline(target, district);
        results.put("grid_import_2000_s", importSeconds, "s",
                String.format(Locale.ROOT, "COPY of the same geometries into an indexed table: %.2f s", copySeconds), "< 30 s");

        Envelope e = district.extent();
        String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        long coldStart = System.nanoTime();
        target.get("/grids?bbox=" + bbox);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        coldStart = System.nanoTime();
        target.get("/grids?bbox=" + bbox + "&simplify=10");
        double coldSimplified = (System.nanoTime() - coldStart) / 1e6;
        double[] api = new double[QUERIES];
        double[] simplified = new double[QUERIES];
        int features = 0;
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = target.get("/grids?bbox=" + bbox);
            api[i] = (System.nanoTime() - t) / 1e6;
            features = answer.body().split("\"Feature\"", -1).length - 1;
            t = System.nanoTime();
            target.get("/grids?bbox=" + bbox + "&simplify=10");
            simplified[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] sql = sqlBaseline(target, e);
        Arrays.sort(api);
        Arrays.sort(simplified);
        results.put("grid_bbox_query_ms", Results.quantile(api, 0.5), "ms",
                String.format(Locale.ROOT, "same SQL over JDBC: %.0f ms; %d features, median of %d (grids unchanged since the last query)",
                        Results.quantile(sql, 0.5), features, QUERIES), "< 200 ms");
        results.put("grid_bbox_query_cold_ms", cold, "ms", "first query after the grids changed, exact geometry", "");
        results.put("grid_bbox_query_simplified_ms", Results.quantile(simplified, 0.5), "ms", "simplify=10 m, for overview zooms", "");
        results.put("grid_bbox_query_simplified_cold_ms", coldSimplified, "ms", "first simplified query after a change", "");
        results.write("Grid load", "tools/bench/run.sh grids");
    }

    private static String featureCollection(DistrictGrids.District district, long orgUnit) {
        StringBuilder json = new StringBuilder(16 << 20).append("{\"type\":\"FeatureCollection\",\"features\":[");
        int n = 0;
        for (Grid grid : district.grids()) {
            n++;
            String code = String.format(Locale.ROOT, "340303%03d001%03d", 1 + n / 999, 1 + n % 999);
            json.append(n == 1 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"kind\":\"UNIT_GRID\",\"name\":\"网格")
                    .append(n).append("\",\"code\":\"").append(code).append("\",\"orgUnitId\":").append(orgUnit)
                    .append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
            Coordinate[] ring = ((Polygon) grid.area().getGeometryN(0)).getExteriorRing().getCoordinates();
            for (int i = 0; i < ring.length; i++) {
                json.append(i == 0 ? "" : ",").append('[').append(ring[i].x).append(',').append(ring[i].y).append(']');
            }
            json.append("]]}}");
        }
        return json.append("]}").toString();
    }

    private static double copyBaseline(Target target, DistrictGrids.District district) throws Exception {
        StringBuilder rows = new StringBuilder();
        WKTWriter wkt = new WKTWriter();
        for (Grid grid : district.grids()) {
            rows.append(grid.id()).append("\tSRID=4326;MULTIPOLYGON(").append(wkt.write(grid.area()).replaceFirst("^POLYGON ?", ""))
                    .append(")\n");
        }
        try (Connection db = target.connect(); Statement st = db.createStatement()) {
            st.execute("CREATE TEMP TABLE bench_grid (id bigint PRIMARY KEY, geom geometry(MultiPolygon, 4326) NOT NULL)");
            st.execute("CREATE INDEX ON bench_grid USING gist (geom)");
            long start = System.nanoTime();
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_grid FROM STDIN", new StringReader(rows.toString()));
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static double[] sqlBaseline(Target target, Envelope e) throws Exception {
        double[] times = new double[QUERIES];
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement("""
                SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object('type', 'Feature',
                  'id', id, 'geometry', ST_AsGeoJSON(geom, 7)::json, 'properties', json_build_object('name', name, 'code', code))))::text
                FROM grid WHERE retired_at IS NULL AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)""")) {
            query.setDouble(1, e.getMinX());
            query.setDouble(2, e.getMinY());
            query.setDouble(3, e.getMaxX());
            query.setDouble(4, e.getMaxY());
            for (int i = 0; i < QUERIES; i++) {
                long t = System.nanoTime();
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    row.getString(1);
                }
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }
}

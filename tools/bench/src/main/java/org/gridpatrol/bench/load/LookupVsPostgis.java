package org.gridpatrol.bench.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.gridpatrol.bench.grid.DistrictGrids;
import org.gridpatrol.engine.zone.GridIndex;
import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Envelope;

/**
 * Point-in-grid lookups of the engine's index against PostGIS doing the same join
 * at its best (indexed grids, a plan driven by the grids with {@code ST_Intersects}),
 * over the same 2,000 grids and the same points.
 */
public final class LookupVsPostgis {
    private static final int POINTS = 1_000_000;

    private LookupVsPostgis() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.of("http://unused", Path.of(args[0]));
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        DistrictGrids.District district = DistrictGrids.standard().build();
        Envelope extent = district.extent();
        double[] points = DistrictGrids.randomPoints(extent, POINTS, 11);

        GridIndex index = GridIndex.of(district.grids());
        long[] out = new long[8];
        long found = 0;
        double best = 0;
        for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up
            long start = System.nanoTime();
            for (int i = 0; i < POINTS; i++) {
                found += index.gridsAt(points[2 * i], points[2 * i + 1], out);
            }
            best = Math.max(best, POINTS / ((System.nanoTime() - start) / 1e9));
        }

        double postgis;
        long matched;
        try (Connection db = target.connect(); Statement st = db.createStatement()) {
            st.execute("CREATE TEMP TABLE lookup_grid (id bigint PRIMARY KEY, geom geometry(Polygon, 4326))");
            StringBuilder insert = new StringBuilder("INSERT INTO lookup_grid VALUES ");
            int n = 0;
            for (Grid grid : district.grids()) {
                insert.append(n++ == 0 ? "" : ",").append('(').append(grid.id()).append(", ST_GeomFromText('")
                        .append(grid.area().getGeometryN(0).toText()).append("', 4326))");
            }
            st.execute(insert.toString());
            st.execute("CREATE INDEX ON lookup_grid USING gist (geom)");
            st.execute(String.format(Locale.ROOT, "CREATE TEMP TABLE lookup_point AS SELECT ST_SetSRID(ST_MakePoint("
                    + "%f + random() * %f, %f + random() * %f), 4326) AS geom FROM generate_series(1, %d)",
                    extent.getMinX(), extent.getWidth(), extent.getMinY(), extent.getHeight(), POINTS));
            st.execute("CREATE INDEX ON lookup_point USING gist (geom)");
            st.execute("ANALYZE lookup_grid; ANALYZE lookup_point");
            long start = System.nanoTime();
            try (ResultSet row = st.executeQuery(
                    "SELECT count(*) FROM lookup_grid g JOIN lookup_point p ON ST_Intersects(g.geom, p.geom)")) {
                row.next();
                matched = row.getLong(1);
            }
            postgis = POINTS / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "engine found %,d grids for %,d points per round; PostGIS matched %,d%n",
                found / 5, POINTS, matched);
        results.put("grid_lookups_per_s", best, "lookups/s", "one thread, best of 5 rounds of 1M random points", "≥ 1,000,000");
        results.put("grid_lookup_vs_postgis_ratio", best / postgis, "×",
                String.format(Locale.ROOT, "PostGIS indexed ST_Intersects join of the same grids and 1M points: %,.0f points/s", postgis), "report");
        results.write("Grid lookup", "tools/bench/run.sh lookup");
    }
}

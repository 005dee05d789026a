package org.gridpatrol.geoserver.mapserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.database.SchemaMigration;
import org.gridpatrol.database.SchemaState;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The demo district behind a real MapServer, once per test JVM: a private PostGIS cluster in
 * target/ogc-it/pg (database/pg-private.sh), migrated with the project's Flyway migrations, the demo
 * loaded (database/demo/load.sh), the GIS role created (database/gis-role.sh), the mapfile of
 * tools/basemap filled in, and mapserv behind {@link MapservCgiHost}. MapServer is installed with
 * apt-get when missing and running as root; otherwise starting fails, loudly, and so do the tests.
 */
final class DemoMapServer {
    private static DemoMapServer running;

    final Path root;
    final Path work;
    final Map<String, String> env;
    final MapservCgiHost host;

    private DemoMapServer() throws Exception {
        root = Path.of(System.getProperty("gridpatrol.root", "../.."));
        work = Path.of(System.getProperty("gridpatrol.ogc.work", "target/ogc-it")).toAbsolutePath();
        Files.createDirectories(work);
        String mapserv = run("tools/basemap/ensure-mapserver.sh").strip().lines().reduce((a, b) -> b).orElseThrow();
        Path pg = work.resolve("pg");
        run("database/pg-private.sh", "start", "--dir", pg.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // as server-ear/it does: a fresh cluster per run, none left behind in /var/tmp
                run("database/pg-private.sh", "destroy", "--dir", pg.toString());
            } catch (Exception e) {
                // the JVM is ending; a cluster left behind is reused by the next run
            }
        }));
        env = readEnv(pg.resolve("env"));
        migrate();
        run("database/demo/load.sh", "--dir", pg.toString(), "--summary");
        for (String line : run("database/gis-role.sh", "--dir", pg.toString()).split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("GP_GIS_") && eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        Path mapfile = work.resolve("demo.map");
        host = new MapservCgiHost(mapserv, mapfile);
        String template = Files.readString(root.resolve("tools/basemap/demo.map.in"), StandardCharsets.UTF_8);
        Files.writeString(mapfile, template.replace("@CONNECTION@", connection())
                .replace("@ROADS@", root.resolve("database/demo/roads.geojson").toAbsolutePath().toString())
                .replace("@ONLINE@", host.url() + "?"), StandardCharsets.UTF_8);
    }

    static synchronized DemoMapServer get() throws Exception {
        if (running == null) {
            running = new DemoMapServer();
        }
        return running;
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(env.get("GP_DB_URL"), env.get("GP_DB_USER"), env.get("GP_DB_PASSWORD"));
    }

    Connection jdbcAsGis() throws SQLException {
        return DriverManager.getConnection(env.get("GP_DB_URL"), env.get("GP_GIS_USER"), env.get("GP_GIS_PASSWORD"));
    }

    private String connection() {
        return "host=" + env.get("GP_DB_HOST") + " port=" + env.get("GP_DB_PORT") + " dbname=" + env.get("GP_DB_NAME")
                + " user=" + env.get("GP_DB_USER") + " password=" + env.get("GP_DB_PASSWORD");
    }

    private void migrate() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(env.get("GP_DB_URL"));
        ds.setUser(env.get("GP_DB_USER"));
        ds.setPassword(env.get("GP_DB_PASSWORD"));
        SchemaState state = new SchemaMigration(ds).migrate();
        if (state.kind() != SchemaState.Kind.CURRENT) {
            throw new IllegalStateException("migrating the test database failed: " + state);
        }
    }

    private String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve(script).toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "run", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        String output = Files.readString(log);
        Files.delete(log);
        if (exit != 0) {
            throw new IllegalStateException(script + " failed (exit " + exit + "):\n" + output);
        }
        return output;
    }

    private static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }
}

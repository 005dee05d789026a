package org.gridpatrol.geoserver.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gridpatrol.geoserver.ogc.MapServiceException;

/**
 * The command IT staff run (tools/geoserver-publish/publish.sh) to publish GridPatrol's layers on the
 * bureau's GeoServer. Exit 0 when published (created or found), 1 when GeoServer refused, 2 on bad usage.
 */
public final class PublishCommand {
    private PublishCommand() {
    }

    /**
     * @param args see {@link #USAGE}
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    /** The options. */
    public static final String USAGE = """
            usage: publish.sh --geoserver URL [--user admin] [--password P | env GEOSERVER_PASSWORD] [--workspace gridpatrol]
                              (--db-dir DIR | --db-host H --db-port N --db-name D --db-password P) [--db-user gridpatrol_gis]
                              [--db-schema public] [--db-host-for-geoserver H]
              --db-dir reads database/pg-private.sh's DIR/env and database/gis-role.sh's DIR/gis-secret.""";

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                err.println(USAGE);
                return 2;
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0 || !o.containsKey("geoserver")) {
            err.println(USAGE);
            return 2;
        }
        try {
            if (o.containsKey("db-dir")) {
                readDir(Path.of(o.get("db-dir")), o);
            }
            String password = o.getOrDefault("password", System.getenv().getOrDefault("GEOSERVER_PASSWORD", "geoserver"));
            DatabaseConnection db = new DatabaseConnection(o.getOrDefault("db-host-for-geoserver", o.get("db-host")),
                    Integer.parseInt(o.getOrDefault("db-port", "5432")), o.getOrDefault("db-name", "gridpatrol"),
                    o.getOrDefault("db-user", "gridpatrol_gis"), o.get("db-password"), o.getOrDefault("db-schema", "public"));
            if (db.host() == null || db.password() == null) {
                err.println("the database host and the read-only role's password are needed\n" + USAGE);
                return 2;
            }
            GeoServerRest rest = new GeoServerRest(URI.create(o.get("geoserver")), o.getOrDefault("user", "admin"), password);
            out.println("publishing on " + o.get("geoserver") + " from " + db);
            PublishReport report = new GeoServerPublisher(rest, o.getOrDefault("workspace", "gridpatrol")).publish(db);
            out.println(report.describe());
            return 0;
        } catch (MapServiceException e) {
            err.println(e.english());
            err.println(e.chinese());
            return 1;
        } catch (IOException | NumberFormatException e) {
            err.println("cannot read the settings: " + e.getMessage());
            return 2;
        }
    }

    private static void readDir(Path dir, Map<String, String> o) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("env"))) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            switch (key) {
                case "GP_DB_HOST" -> o.putIfAbsent("db-host", value);
                case "GP_DB_PORT" -> o.putIfAbsent("db-port", value);
                case "GP_DB_NAME" -> o.putIfAbsent("db-name", value);
                default -> { }
            }
        }
        Path secret = dir.resolve("gis-secret");
        if (Files.exists(secret)) {
            o.putIfAbsent("db-password", Files.readString(secret).strip());
        }
    }
}

package org.gridpatrol.district;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridpatrol.district.output.DemoSql;
import org.gridpatrol.district.output.DistrictPreview;
import org.gridpatrol.district.output.RoadsGeoJson;

/**
 * Writes the demo district into a folder: {@code bengshan.sql} (the repeatable load) and
 * {@code roads.geojson} (the streets, until the schema has a road table); with
 * {@code --preview file.png}, also a map of it.
 *
 * <pre>
 *   mvn -q -f tools/district/pom.xml package exec:java      # from the repository root: database/demo
 *   mvn -q -f tools/district/pom.xml exec:java -Dexec.args="$PWD/database/demo --preview /tmp/district.png"
 * </pre>
 *
 * Without OUT_DIR it writes to {@code database/demo} under the working directory. The same seed
 * always writes the same bytes (see database/demo/README.md).
 */
public final class DistrictGenerator {

    public static final String SQL_FILE = "bengshan.sql";
    public static final String ROADS_FILE = "roads.geojson";

    private DistrictGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path preview = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--preview") && i + 1 < args.length) {
                preview = Path.of(args[++i]);
            } else if (out == null && !args[i].startsWith("-")) {
                out = Path.of(args[i]);
            } else {
                System.err.println("usage: DistrictGenerator [OUT_DIR] [--preview FILE.png]");
                System.exit(2);
            }
        }
        if (out == null) {
            out = Path.of("database", "demo");
        }
        District d = District.generate();
        Files.createDirectories(out);
        Files.writeString(out.resolve(SQL_FILE), DemoSql.script(d), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(ROADS_FILE), RoadsGeoJson.featureCollection(d.roads(), District.FIRST_ID),
                StandardCharsets.UTF_8);
        System.out.printf("district 340303 (seed %d): %d org units, %d unit grids, %d key areas, %d checkpoints, "
                        + "%d officers, %d devices, %d shifts, %d holidays, %d assignments, %d roads -> %s%n",
                District.SEED, d.org().all().size(), d.unitGrids().size(), d.keyAreas().size(), d.checkpoints().size(),
                d.roster().officers().size(), d.roster().devices().size(), d.duty().shifts().size(),
                d.holidays().size(), d.duty().assignments().size(), d.roads().size(), out.toAbsolutePath().normalize());
        if (preview != null) {
            System.setProperty("java.awt.headless", "true");
            DistrictPreview.write(d, preview, 1600);
            System.out.println("preview -> " + preview.toAbsolutePath());
        }
    }
}

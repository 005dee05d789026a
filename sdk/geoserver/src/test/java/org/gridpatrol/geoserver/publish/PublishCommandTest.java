package org.gridpatrol.geoserver.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

    @Test
    void theCommandReadsThePrivateClusterFolderAndPrintsTheReport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("env"), "GP_DB_HOST=127.0.0.1\nGP_DB_PORT=5432\nGP_DB_NAME=gridpatrol\n");
        Files.writeString(dir.resolve("gis-secret"), "s3cret\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (RecordedGeoServer geoserver = new RecordedGeoServer("existing.http")) {
            int exit = PublishCommand.run(new String[] {"--geoserver", geoserver.geoserver().toString(), "--password", "x",
                    "--db-dir", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("gridpatrol_gis@127.0.0.1:5432/gridpatrol") && !printed.contains("s3cret"), printed);
        assertTrue(printed.contains("0 created, 10 found"), printed);
    }

    @Test
    void refusalsExitOneWithBothLanguages() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (RecordedGeoServer geoserver = new RecordedGeoServer("unauthorized.http")) {
            int exit = PublishCommand.run(new String[] {"--geoserver", geoserver.geoserver().toString(), "--db-host", "h",
                    "--db-password", "p"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, exit);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("需要用户名和密码"));
    }

    @Test
    void missingOptionsExitTwoWithTheUsage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, PublishCommand.run(new String[] {"--user", "admin"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: publish.sh"));
    }
}

package org.gridpatrol.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The private PostGIS cluster the build started for this run, reached directly for checks. */
public final class PrivateDatabase {
    private static final Properties SETTINGS = load();

    private PrivateDatabase() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("gridpatrol.db.properties")))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the private PostGIS settings are missing; run the tests through Maven", e);
        }
        return properties;
    }

    /** @return the JDBC URL of the application database */
    public static String url() {
        return SETTINGS.getProperty("gridpatrol.db.url");
    }

    /** @return a connection to the named database of the cluster, as the application role */
    public static Connection connect(String database) throws SQLException {
        String url = url().replaceFirst("/[^/]+$", "/" + database);
        return DriverManager.getConnection(url, SETTINGS.getProperty("gridpatrol.db.user"),
                SETTINGS.getProperty("gridpatrol.db.password"));
    }

    /** @return a connection to the application database */
    public static Connection connect() throws SQLException {
        return connect("gridpatrol");
    }
}

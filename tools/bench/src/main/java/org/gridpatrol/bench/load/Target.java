package org.gridpatrol.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/** The running server and its database that a load run measures. */
public record Target(String api, Properties db, HttpClient http) {

    /**
     * @param baseUrl      e.g. http://127.0.0.1:8580
     * @param dbProperties the db.properties the private PostGIS launcher wrote
     */
    public static Target of(String baseUrl, Path dbProperties) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(dbProperties)) {
            properties.load(in);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        return new Target(baseUrl + "/api/v1", properties, http);
    }

    /** @return a connection as the application role */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(db.getProperty("gridpatrol.db.url"), db.getProperty("gridpatrol.db.user"),
                db.getProperty("gridpatrol.db.password"));
    }

    /** @return the answer of a JSON POST */
    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the answer of a GET */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

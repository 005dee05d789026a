package org.gridpatrol.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running server and its database that a load run measures. Requests carry the bearer token
 * of a supervisor of the whole tree, made directly in the database on first use (the run measures
 * the API, not the login).
 */
public record Target(String api, Properties db, HttpClient http) {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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
                .header("Authorization", "Bearer " + token()).timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the answer of a GET */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token())
                        .timeout(Duration.ofMinutes(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** @return the bench supervisor's desktop session token, made on first use */
    String token() {
        return TOKENS.computeIfAbsent(api, a -> {
            String tag = Long.toString(System.currentTimeMillis(), 36);
            String token = "bench-session-" + tag + "-" + new SecureRandom().nextLong();
            try (Connection db = connect(); PreparedStatement insert = db.prepareStatement("""
                    WITH u AS (INSERT INTO app_user (username, display_name, password_hash, must_change_password)
                               VALUES (?, 'bench', 'none', false) RETURNING id),
                         r AS (INSERT INTO user_role (user_id, role_id) SELECT u.id, role.id FROM u, role
                               WHERE role.code = 'SUPERVISOR')
                    INSERT INTO auth_token (token_hash, user_id, kind, expires_at)
                    SELECT ?, id, 'SESSION', now() + interval '1 day' FROM u""")) {
                insert.setString(1, "bench-" + tag);
                insert.setString(2, IngestLoad.sha256(token));
                insert.executeUpdate();
            } catch (Exception e) {
                throw new IllegalStateException("could not make the bench supervisor's session", e);
            }
            return token;
        });
    }
}

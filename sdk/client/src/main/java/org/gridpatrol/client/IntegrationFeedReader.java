package org.gridpatrol.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Reads a feed of {@code /api/v1/integration} with an API key until it has everything there is
 * now, page by page. Give each page's items and its cursor to your store together, and start the
 * next run from the cursor stored last: each change of a row then arrives exactly once.
 *
 * <pre>{@code
 * IntegrationFeedReader alarms = new IntegrationFeedReader("http://gridpatrol:8080/api/v1", apiKey);
 * String cursor = alarms.readAll("alarms", store.cursor(), (items, next) -> store.upsert(items, next));
 * }</pre>
 */
public final class IntegrationFeedReader {
    private static final ObjectMapper JSON = ApiTransport.mapper();

    private final String apiBase;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int limit = 500;

    /**
     * @param apiBase e.g. {@code http://127.0.0.1:8080/api/v1}
     * @param apiKey  the key the security administrator made, sent as {@code X-Api-Key}
     */
    public IntegrationFeedReader(String apiBase, String apiKey) {
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase").replaceAll("/+$", "");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    /** @param rows rows per page, 1 to 1000 */
    public IntegrationFeedReader pageSize(int rows) {
        this.limit = rows;
        return this;
    }

    /**
     * @param feed   {@code org-units}, {@code officers}, {@code alarms}, {@code incidents} or {@code grids}
     * @param cursor where the last run stopped, or null to read from the start
     * @param page   takes each page's items (a JSON array; GeoJSON features for grids) and the cursor after them
     * @return the cursor to start from next time
     * @throws ProblemAnswer when the server refuses (403 without the scope, 400 for a bad cursor)
     */
    public String readAll(String feed, String cursor, BiConsumer<JsonNode, String> page) {
        String next = cursor == null ? "" : cursor;
        while (true) {
            JsonNode answer = get("integration/" + feed + "?limit=" + limit + "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            JsonNode items = answer.has("features") ? answer.path("features") : answer.path("items");
            next = answer.path("next").asText();
            page.accept(items, next);
            if (!answer.path("more").asBoolean()) {
                return next;
            }
        }
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + "/" + path)).header("X-Api-Key", apiKey)
                .header("Accept", "application/json, application/geo+json").timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw Problems.of(response, JSON);
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ServerUnreachable(apiBase + "/" + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable(apiBase + "/" + path, e);
        }
    }
}

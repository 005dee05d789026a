package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP side shared by the clients: one JDK {@link HttpClient}, the API's base address, JSON
 * with ISO-8601 times, problem+json answers turned into {@link ProblemAnswer}, and 503 answers
 * retried after their {@code Retry-After} (a few times, when the wait is short; longer waits
 * are left to the caller, who finds it in {@link ProblemAnswer#retryAfter()}). Thread-safe.
 */
public final class ApiTransport {
    private static final String ACCEPT = "application/json, application/geo+json, " + org.gridpatrol.model.Problem.MEDIA_TYPE;
    /** Waited when a 503 names no Retry-After. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final int maxRetries;
    private final Duration maxRetryWait;
    private final Sleeper sleeper;

    private ApiTransport(Builder b) {
        String text = b.base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.http = b.http != null ? b.http : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.json = mapper();
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.maxRetryWait = b.maxRetryWait;
        this.sleeper = b.sleeper;
    }

    /**
     * @param apiBase the API's base address, e.g. {@code http://127.0.0.1:8080/api/v1}
     * @return a builder with the defaults: 30 s per request, three retries of a 503 that asks
     *         for at most 30 s
     */
    public static Builder builder(URI apiBase) {
        return new Builder(apiBase);
    }

    /**
     * @param apiBase the API's base address, e.g. {@code http://127.0.0.1:8080/api/v1}
     * @return a transport with the defaults
     */
    public static ApiTransport to(String apiBase) {
        return builder(URI.create(apiBase)).build();
    }

    /** @return the JSON mapper the API speaks: ISO-8601 times, unknown members ignored (newer servers add some) */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** @return the mapper this transport reads and writes with */
    public ObjectMapper json() {
        return json;
    }

    /** @return the API's base address, ending in a slash */
    public URI base() {
        return base;
    }

    /**
     * GET a resource.
     *
     * @param <T>    the type of the answer
     * @param path   path and query below the base, e.g. {@code grids/12?at=...}
     * @param bearer an access token, or null
     * @param type   what the body holds
     * @return the body read as that type
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public <T> T get(String path, String bearer, TypeReference<T> type) {
        return send("GET", path, bearer, null, json.getTypeFactory().constructType(type));
    }

    /**
     * GET a resource.
     *
     * @param <T>    the type of the answer
     * @param path   path and query below the base
     * @param bearer an access token, or null
     * @param type   what the body holds
     * @return the body read as that type
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public <T> T get(String path, String bearer, Class<T> type) {
        return send("GET", path, bearer, null, json.getTypeFactory().constructType(type));
    }

    /**
     * POST a JSON body.
     *
     * @param <T>    the type of the answer
     * @param path   path below the base
     * @param bearer an access token, or null
     * @param body   what to send as JSON, or null for an empty body
     * @param type   what the answer holds; {@code Void.class} when nothing is expected
     * @return the body read as that type, or null when the answer has none
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public <T> T post(String path, String bearer, Object body, Class<T> type) {
        return send("POST", path, bearer, body, json.getTypeFactory().constructType(type));
    }

    /**
     * PUT a JSON body.
     *
     * @param <T>    the type of the answer
     * @param path   path below the base
     * @param bearer an access token, or null
     * @param body   what to send as JSON
     * @param type   what the answer holds
     * @return the body read as that type, or null when the answer has none
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public <T> T put(String path, String bearer, Object body, Class<T> type) {
        return send("PUT", path, bearer, body, json.getTypeFactory().constructType(type));
    }

    /**
     * DELETE a resource.
     *
     * @param path   path below the base
     * @param bearer an access token, or null
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public void delete(String path, String bearer) {
        send("DELETE", path, bearer, null, json.getTypeFactory().constructType(Void.class));
    }

    /**
     * DELETE a resource that answers with a body.
     *
     * @param <T>    the type of the answer
     * @param path   path below the base
     * @param bearer an access token, or null
     * @param type   what the answer holds
     * @return the body read as that type
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public <T> T delete(String path, String bearer, Class<T> type) {
        return send("DELETE", path, bearer, null, json.getTypeFactory().constructType(type));
    }

    /**
     * GET a file (a report as XLSX or PDF): the body's bytes as they come.
     *
     * @param path   path and query below the base
     * @param bearer an access token, or null
     * @return the bytes
     * @throws ProblemAnswer     when the server refuses
     * @throws ServerUnreachable when there is no answer
     */
    public byte[] download(String path, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(timeout).header("Accept", "*/*").GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<byte[]> answer = exchange(b.build());
        if (answer.statusCode() >= 300) {
            throw Problems.of(answer, json);
        }
        return answer.body();
    }

    private <T> T send(String method, String path, String bearer, Object body, JavaType type) {
        HttpRequest request = request(method, path, bearer, body);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> answer = exchange(request);
            if (answer.statusCode() < 300) {
                return read(answer, type);
            }
            ProblemAnswer refusal = Problems.of(answer, json);
            Duration wait = refusal.retryAfter().orElse(DEFAULT_RETRY_AFTER);
            if (answer.statusCode() != 503 || attempt >= maxRetries || wait.compareTo(maxRetryWait) > 0) {
                throw refusal;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerUnreachable("interrupted while waiting to retry " + method + " " + path, e);
            }
        }
    }

    private HttpRequest request(String method, String path, String bearer, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(timeout).header("Accept", ACCEPT);
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (method.equals("GET")) {
            return b.GET().build();
        }
        try {
            byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            return b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServerUnreachable(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private <T> T read(HttpResponse<byte[]> answer, JavaType type) {
        if (answer.body().length == 0 || type.getRawClass() == Void.class) {
            return null;
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("the answer of " + answer.request().method() + " " + answer.request().uri()
                    + " is not the " + type.getRawClass().getSimpleName() + " expected: " + e.getMessage(), e);
        }
    }

    /** Waits between retries; replaceable so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param duration how long to wait
         * @throws InterruptedException when interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Settings of a transport. */
    public static final class Builder {
        private final URI base;
        private HttpClient http;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxRetries = 3;
        private Duration maxRetryWait = Duration.ofSeconds(30);
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        private Builder(URI base) {
            this.base = Objects.requireNonNull(base, "apiBase");
        }

        /**
         * @param client the HTTP client to use (default: HTTP/1.1, 5 s connect timeout)
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.http = client;
            return this;
        }

        /**
         * @param perRequest how long one request may take
         * @return this builder
         */
        public Builder timeout(Duration perRequest) {
            this.timeout = perRequest;
            return this;
        }

        /**
         * @param retries  how many times a 503 is retried (0: never)
         * @param longest  the longest Retry-After waited for here; longer ones are the caller's to schedule
         * @return this builder
         */
        public Builder retryUnavailable(int retries, Duration longest) {
            this.maxRetries = retries;
            this.maxRetryWait = longest;
            return this;
        }

        /**
         * @param waiter how to wait between retries (default {@link Thread#sleep(long)})
         * @return this builder
         */
        public Builder sleeper(Sleeper waiter) {
            this.sleeper = waiter;
            return this;
        }

        /** @return the transport */
        public ApiTransport build() {
            return new ApiTransport(this);
        }
    }
}

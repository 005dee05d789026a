package org.gridpatrol.desktop.connection.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.connection.trust.PinningTrustManager;
import org.gridpatrol.desktop.connection.trust.TrustedCertificates;
import org.gridpatrol.desktop.connection.trust.UntrustedCertificateException;
import org.openide.util.lookup.ServiceProvider;

/** The connection over the JDK's HTTP client, with a bearer token once signed in. */
@ServiceProvider(service = ServerConnection.class)
public final class HttpServerConnection implements ServerConnection {
    private static final Logger LOG = Logger.getLogger(HttpServerConnection.class.getName());
    static final String API = "/api/v1";
    /** The code of a failure to reach a server whose certificate is not trusted. */
    public static final String UNTRUSTED_CERTIFICATE = "client.untrusted-certificate";
    /** The code of an address where something else than a GridPatrol server answers. */
    public static final String NOT_GRIDPATROL = "client.not-gridpatrol";

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final CopyOnWriteArrayList<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile URI server = URI.create("http://127.0.0.1:8080");
    private volatile String account;
    private volatile String token;

    /** Used by the Lookup. */
    public HttpServerConnection() {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .sslContext(new PinningTrustManager(TrustedCertificates.ofUserDirectory()).context()).build());
    }

    HttpServerConnection(HttpClient http) {
        this.http = http;
        this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public URI server() {
        return server;
    }

    @Override
    public String account() {
        return account;
    }

    /** @return the bearer token, or null when the server has no authentication */
    public String token() {
        return token;
    }

    @Override
    public void signIn(URI newServer, String newAccount, char[] password) {
        URI base = URI.create(newServer.toString().replaceAll("/+$", ""));
        try {
            String body = mapper.writeValueAsString(Map.of("username", newAccount, "password", new String(password)));
            HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(base.resolve(API + "/auth/login"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            String newToken;
            if (answer.statusCode() == 404) {
                requireGridPatrol(base);
                newToken = null; // a server without authentication yet
            } else if (answer.statusCode() / 100 == 2) {
                newToken = Tokens.read(mapper.readTree(answer.body()));
            } else {
                ServerException refusal = refusal(answer);
                if (refusal.code() == null) {
                    requireGridPatrol(base);
                }
                throw refusal;
            }
            server = base;
            account = newAccount;
            token = newToken;
            LOG.log(Level.INFO, "signed in to {0} as {1} ({2})", new Object[] {base, newAccount,
                newToken == null ? "the server has no sign-in yet: no token" : "bearer token"});
        } catch (IOException e) {
            throw new ServerException(0, null, e.getMessage(), null);
        } finally {
            Arrays.fill(password, '\0');
        }
        ChangeEvent event = new ChangeEvent(this);
        listeners.forEach(l -> l.stateChanged(event));
    }

    /** Something answers on the address; unless its health report is GridPatrol's JSON, it is not our server. */
    private void requireGridPatrol(URI base) {
        HttpResponse<byte[]> health = send(HttpRequest.newBuilder(base.resolve(API + "/health"))
                .header("Accept", "application/json"));
        JsonNode report = null;
        try {
            report = health.body().length == 0 ? null : mapper.readTree(health.body());
        } catch (IOException e) {
            // not JSON: not ours
        }
        if (report == null || !report.path("status").isTextual() || !report.has("version")) {
            throw new ServerException(health.statusCode(), NOT_GRIDPATROL,
                    base + " answers, but not as a GridPatrol server (no health report)", null);
        }
    }

    @Override
    public void changePassword(URI at, String forAccount, char[] password, char[] newPassword) {
        URI base = URI.create(at.toString().replaceAll("/+$", ""));
        try {
            byte[] body = mapper.writeValueAsBytes(Map.of("username", forAccount, "password", new String(password),
                    "newPassword", new String(newPassword)));
            HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(base.resolve(API + "/auth/password"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
            if (answer.statusCode() / 100 != 2) {
                throw refusal(answer);
            }
        } catch (IOException e) {
            throw new ServerException(0, null, e.getMessage(), null);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }

    @Override
    public <T> T get(String path, TypeReference<T> type) {
        return read(send(request(path).GET()), type);
    }

    @Override
    public Conditional getIfChanged(String path, String etag) {
        HttpRequest.Builder request = request(path).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<byte[]> answer = send(request);
        String newEtag = answer.headers().firstValue("ETag").orElse(null);
        if (answer.statusCode() == 304) {
            return new Conditional(null, etag);
        }
        if (answer.statusCode() / 100 != 2) {
            throw refusal(answer);
        }
        return new Conditional(answer.body(), newEtag);
    }

    @Override
    public <T> T post(String path, Object body, TypeReference<T> type) {
        return read(send(request(path).header("Content-Type", "application/json").POST(json(body))), type);
    }

    @Override
    public <T> T put(String path, Object body, TypeReference<T> type) {
        return read(send(request(path).header("Content-Type", "application/json").PUT(json(body))), type);
    }

    @Override
    public <T> T delete(String path, TypeReference<T> type) {
        return read(send(request(path).DELETE()), type);
    }

    @Override
    public byte[] download(String path, String accept) {
        HttpResponse<byte[]> answer = send(request(path).setHeader("Accept", accept + ", application/problem+json").GET());
        if (answer.statusCode() / 100 != 2) {
            throw refusal(answer);
        }
        return answer.body();
    }

    @Override
    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    /**
     * @param path a path under {@code /api/v1}
     * @return a request to it carrying the token, if any
     */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(API + path))
                .header("Accept", "application/json, application/geo+json, application/problem+json");
        String bearer = token;
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    /** @return the HTTP client, shared with the event stream */
    public HttpClient http() {
        return http;
    }

    private HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // the untrusted chain travels as the cause, for the sign-in dialog to show
            String code = UntrustedCertificateException.in(e) != null ? UNTRUSTED_CERTIFICATE : null;
            ServerException failure = new ServerException(0, code, server + ": " + e, null);
            failure.initCause(e);
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(0, null, "interrupted", null);
        }
    }

    private <T> T read(HttpResponse<byte[]> answer, TypeReference<T> type) {
        if (answer.statusCode() / 100 != 2) {
            throw refusal(answer);
        }
        try {
            return answer.body().length == 0 ? null : mapper.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new ServerException(answer.statusCode(), "client.unreadable", e.getMessage(), null);
        }
    }

    private ServerException refusal(HttpResponse<byte[]> answer) {
        JsonNode problem = null;
        try {
            problem = answer.body().length == 0 ? null : mapper.readTree(answer.body());
        } catch (IOException e) {
            // not problem+json: keep the status alone
        }
        String code = problem == null ? null : problem.path("code").asText(null);
        String detail = problem == null ? null : problem.path("detail").asText(null);
        return new ServerException(answer.statusCode(), code,
                detail != null ? detail : "HTTP " + answer.statusCode() + " " + answer.uri(), problem);
    }
}

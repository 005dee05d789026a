package org.gridpatrol.geoserver.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.gridpatrol.geoserver.ogc.CredentialsRequiredException;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.MapServiceUnreachableException;

/**
 * HTTP GET for map servers: a connect and a request timeout, a few retries with growing pauses for
 * network errors and 5xx answers (a GeoServer under load answers 503 now and then), at most
 * {@code concurrency} requests in flight (a bureau's GeoServer must not be flooded by one desktop), and
 * optional HTTP Basic credentials. 401/403 become {@link CredentialsRequiredException}.
 */
public final class OgcHttp {
    private final HttpClient client;
    private final Duration timeout;
    private final int attempts;
    private final Semaphore slots;
    private final String authorization;

    /**
     * @param settings timeouts, retries, concurrency and credentials
     */
    public OgcHttp(Settings settings) {
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = settings.requestTimeout();
        this.attempts = Math.max(1, settings.attempts());
        this.slots = new Semaphore(Math.max(1, settings.concurrency()), true);
        this.authorization = settings.user() == null || settings.user().isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString(
                        (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * How requests are made.
     *
     * @param connectTimeout time to open a connection
     * @param requestTimeout time for one whole answer
     * @param attempts       tries in all (1 = no retry)
     * @param concurrency    requests in flight at most
     * @param user           HTTP Basic user, or null
     * @param password       HTTP Basic password, or null
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int attempts, int concurrency,
                           String user, String password) {
        /** @return 5 s to connect, 20 s per answer, 3 tries, 4 in flight, no credentials */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3, 4, null, null);
        }

        /**
         * @param newUser     HTTP Basic user
         * @param newPassword HTTP Basic password
         * @return these settings with credentials
         */
        public Settings withCredentials(String newUser, String newPassword) {
            return new Settings(connectTimeout, requestTimeout, attempts, concurrency, newUser, newPassword);
        }
    }

    /**
     * An answer with status 2xx.
     *
     * @param contentType the Content-Type header, or empty
     * @param body        the body
     */
    public record Answer(String contentType, byte[] body) {
        /** @return whether the body is XML (a capabilities document or a ServiceException) */
        public boolean isXml() {
            return contentType.contains("xml");
        }
    }

    /**
     * @param uri the request
     * @return the 2xx answer
     * @throws MapServiceException on 401/403, after the last retry, or on any other HTTP error
     * @throws InterruptedException when interrupted while waiting
     */
    public Answer get(URI uri) throws MapServiceException, InterruptedException {
        String address = uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
        slots.acquire();
        try {
            String lastProblem = "";
            Exception lastCause = null;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                if (attempt > 1) {
                    Thread.sleep(250L * (1L << (attempt - 2)));
                }
                try {
                    HttpResponse<byte[]> response = client.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
                    int status = response.statusCode();
                    if (status == 401 || status == 403) {
                        throw new CredentialsRequiredException(address, status);
                    }
                    if (status >= 200 && status < 300) {
                        return new Answer(response.headers().firstValue("Content-Type").orElse(""), response.body());
                    }
                    lastProblem = "HTTP " + status;
                    lastCause = null;
                    if (status < 500) {
                        break; // a 4xx will not change by asking again
                    }
                } catch (HttpTimeoutException e) {
                    lastProblem = "no answer within " + timeout.toSeconds() + " s";
                    lastCause = e;
                } catch (ConnectException e) {
                    lastProblem = "connection refused";
                    lastCause = e;
                } catch (IOException e) {
                    lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    lastCause = e;
                }
            }
            throw new MapServiceUnreachableException(address, lastProblem, lastCause);
        } finally {
            slots.release();
        }
    }

    private HttpRequest request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "GridPatrol");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }
}

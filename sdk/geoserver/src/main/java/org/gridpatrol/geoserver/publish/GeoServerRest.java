package org.gridpatrol.geoserver.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.gridpatrol.geoserver.ogc.CredentialsRequiredException;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.MapServiceUnreachableException;

/**
 * The few calls of GeoServer's REST API (as documented for GeoServer 2.24) that publishing needs: does a
 * resource exist, create one, change one. A create that GeoServer answers with "already exists" (409, or
 * 500 in older releases and for stores and feature types) counts as found: another publisher got there
 * first, which is what idempotent publishing wants.
 */
public final class GeoServerRest {
    private final URI base;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a create step found. */
    public enum Outcome {
        /** GeoServer had it already */
        FOUND,
        /** this run created it */
        CREATED
    }

    /**
     * @param base     GeoServer's root, e.g. {@code http://gis.bureau.local:8080/geoserver}
     * @param user     an administrator of GeoServer
     * @param password the password
     */
    public GeoServerRest(URI base, String user, String password) {
        String root = base.toString();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param path under {@code rest/}, e.g. {@code workspaces/gridpatrol}
     * @return whether GeoServer has it
     * @throws MapServiceException on 401/403, another error, or when GeoServer cannot be reached
     * @throws InterruptedException when interrupted
     */
    public boolean exists(String path) throws MapServiceException, InterruptedException {
        // quietOnNotFound keeps an expected 404 out of GeoServer's log
        HttpResponse<String> r = send("GET", path + ".xml?quietOnNotFound=true", null, null);
        if (r.statusCode() == 404) {
            return false;
        }
        check("read " + path, r);
        return true;
    }

    /**
     * @param step        what is being done, for messages
     * @param path        the collection under {@code rest/}
     * @param contentType the body's type
     * @param body        the new resource
     * @return CREATED, or FOUND when GeoServer says it already exists
     * @throws MapServiceException when GeoServer refuses otherwise or cannot be reached
     * @throws InterruptedException when interrupted
     */
    public Outcome create(String step, String path, String contentType, String body)
            throws MapServiceException, InterruptedException {
        HttpResponse<String> r = send("POST", path, contentType, body);
        if ((r.statusCode() == 409 || r.statusCode() == 500 || r.statusCode() == 403)
                && r.body() != null && r.body().toLowerCase(Locale.ROOT).contains("already exists")) {
            return Outcome.FOUND;
        }
        check(step, r);
        return Outcome.CREATED;
    }

    /**
     * @param step        what is being done, for messages
     * @param path        the resource under {@code rest/}
     * @param contentType the body's type
     * @param body        the change
     * @throws MapServiceException when GeoServer refuses or cannot be reached
     * @throws InterruptedException when interrupted
     */
    public void update(String step, String path, String contentType, String body)
            throws MapServiceException, InterruptedException {
        check(step, send("PUT", path, contentType, body));
    }

    private void check(String step, HttpResponse<String> r) throws MapServiceException {
        int status = r.statusCode();
        if (status == 401 || status == 403) {
            throw new CredentialsRequiredException(base + "rest", status);
        }
        if (status < 200 || status >= 300) {
            String text = r.body() == null || r.body().isBlank() ? "(no explanation)" : r.body().strip();
            throw new GeoServerRefusal(step, status, text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body)
            throws MapServiceException, InterruptedException {
        URI uri = base.resolve("rest/" + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/xml");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException e) {
            throw new MapServiceUnreachableException(base.toString(), "connection refused", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new MapServiceUnreachableException(base.toString(), "no answer within 30 s", e);
        } catch (IOException e) {
            throw new MapServiceUnreachableException(base.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}

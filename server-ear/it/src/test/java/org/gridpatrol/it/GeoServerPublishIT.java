package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /api/v1/admin/geoserver/publish from the deployed EAR to a small stand-in for GeoServer's REST API
 * (it remembers what was created; the REST exchanges themselves are checked against GeoServer 2.24's
 * documented answers in sdk/geoserver): the system administrator publishes, a second run finds
 * everything, others are refused, bad input is a problem, and the call is audited.
 */
@ExtendWith(ArquillianExtension.class)
class GeoServerPublishIT {
    private static final Pattern NAME = Pattern.compile("<name>([^<]+)</name>");
    private static HttpServer geoserver;
    private static final Set<String> created = new HashSet<>();
    private static final List<String> bodies = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void startGeoServer() throws IOException {
        geoserver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        geoserver.createContext("/geoserver/rest/", GeoServerPublishIT::rest);
        geoserver.createContext("/locked/rest/", x -> answer(x, 401, "HTTP Status 401 – Unauthorized"));
        geoserver.start();
    }

    @AfterAll
    static void stopGeoServer() {
        geoserver.stop(0);
    }

    private static synchronized void rest(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath().replaceFirst("^/geoserver/rest/", "");
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (x.getRequestMethod()) {
            case "GET" -> answer(x, created.contains(path.replaceFirst("\\.xml$", "")) ? 200 : 404, "");
            case "POST" -> {
                bodies.add(body);
                String query = x.getRequestURI().getQuery();
                Matcher name = NAME.matcher(body);
                String child = query != null && query.startsWith("name=") ? query.substring(5) : name.find() ? name.group(1) : "?";
                created.add(path + "/" + child);
                answer(x, 201, child);
            }
            default -> answer(x, 200, "");
        }
    }

    private static void answer(HttpExchange x, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    private static String geoserverUrl(String root) {
        return "http://127.0.0.1:" + geoserver.getAddress().getPort() + "/" + root;
    }

    @Test
    void theSystemAdministratorPublishesOnceAndTheSecondRunFindsEverything() throws Exception {
        Api.As admin = Api.as(Accounts.token(null, "SYSTEM_ADMIN"));
        String request = Fixtures.json("geoserverUrl", geoserverUrl("geoserver"), "user", "admin", "password", "geoserver",
                "workspace", "gp_it", "databasePassword", "gis-secret");
        Api.Answer first = admin.post("/admin/geoserver/publish", request);
        assertEquals(200, first.status(), first.raw().body());
        assertEquals(10, first.body().path("created").asInt());
        assertEquals("gp_it", first.body().path("workspace").asText());
        String store = bodies.stream().filter(b -> b.startsWith("<dataStore>")).findFirst().orElseThrow();
        URI own = URI.create(PrivateDatabase.url().replaceFirst("^jdbc:", ""));
        assertTrue(store.contains("<entry key=\"user\">gridpatrol_gis</entry>")
                && store.contains("<entry key=\"port\">" + own.getPort() + "</entry>")
                && store.contains("<entry key=\"passwd\">gis-secret</entry>"), store);

        Api.Answer second = admin.post("/admin/geoserver/publish", request);
        assertEquals(200, second.status(), second.raw().body());
        assertEquals(0, second.body().path("created").asInt());
        assertEquals(10, second.body().path("found").asInt());

        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        JsonNode row = auditor.get("/audit?action=GEO_SERVER_PUBLISH").body().get(0);
        assertEquals("SUCCESS", row.path("outcome").asText());
        assertEquals("/api/v1/admin/geoserver/publish", row.path("summary").path("path").asText());
    }

    @Test
    void onlyTheSystemAdministratorMayPublish() throws Exception {
        Api.As supervisor = Api.as(Accounts.token(null, "SUPERVISOR"));
        assertEquals(403, supervisor.post("/admin/geoserver/publish",
                Fixtures.json("geoserverUrl", geoserverUrl("geoserver"), "databasePassword", "x")).status());
    }

    @Test
    void badSettingsAndGeoServersRefusalAreProblems() throws Exception {
        Api.As admin = Api.as(Accounts.token(null, "SYSTEM_ADMIN"));
        Api.Answer missing = admin.post("/admin/geoserver/publish", Fixtures.json("databasePassword", "x"));
        assertEquals(422, missing.status(), missing.raw().body());
        assertEquals("geoserver.url-missing", missing.body().path("code").asText());
        Api.Answer ftp = admin.post("/admin/geoserver/publish", Fixtures.json("geoserverUrl", "ftp://gis", "databasePassword", "x"));
        assertEquals(400, ftp.status());
        assertEquals("geoserver.url-invalid", ftp.body().path("code").asText());
        Api.Answer locked = admin.post("/admin/geoserver/publish",
                Fixtures.json("geoserverUrl", geoserverUrl("locked"), "databasePassword", "x"));
        assertEquals(502, locked.status(), locked.raw().body());
        assertEquals("geoserver.credentials", locked.body().path("code").asText());
        assertTrue(locked.body().path("detail").asText().contains("需要用户名和密码"));
    }
}

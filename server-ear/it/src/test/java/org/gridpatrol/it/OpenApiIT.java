package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves is valid OpenAPI 3, names every endpoint of the WAR as
 * shipped (its resource classes read by reflection), carries examples for the integration API,
 * and its rendered form is served by the server itself.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {
    private static final String HOST = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<Class<? extends Annotation>, PathItem.HttpMethod> VERBS = Map.of(GET.class, PathItem.HttpMethod.GET,
            POST.class, PathItem.HttpMethod.POST, PUT.class, PathItem.HttpMethod.PUT, DELETE.class, PathItem.HttpMethod.DELETE,
            PATCH.class, PathItem.HttpMethod.PATCH, HEAD.class, PathItem.HttpMethod.HEAD);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static HttpResponse<String> fetch(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(HOST + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static OpenAPI document() throws Exception {
        HttpResponse<String> answer = fetch("/openapi?format=JSON");
        assertEquals(200, answer.statusCode(), answer.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "invalid: " + parsed.getMessages());
        assertNotNull(parsed.getOpenAPI(), answer.body());
        return parsed.getOpenAPI();
    }

    @Test
    void theDocumentIsValidAndNamesEveryEndpointOfTheWar() throws Exception {
        OpenAPI api = document();
        List<String> endpoints = endpointsOfTheWar();
        assertTrue(endpoints.size() > 80, "found " + endpoints.size() + " endpoints in the WAR");
        TreeSet<String> missing = new TreeSet<>();
        for (String endpoint : endpoints) {
            String[] verbAndPath = endpoint.split(" ", 2);
            PathItem item = api.getPaths().get(verbAndPath[1]);
            if (item == null || !item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(verbAndPath[0]))) {
                missing.add(endpoint);
            }
        }
        assertTrue(missing.isEmpty(), "not in the OpenAPI document: " + missing);
    }

    @Test
    void theIntegrationPagesCarryExamples() throws Exception {
        OpenAPI api = document();
        for (String path : List.of("alarms", "incidents", "officers", "org-units", "grids", "attendance", "duty-summaries", "tracks")) {
            Operation get = api.getPaths().get("/api/v1/integration/" + path).getGet();
            assertNotNull(get.getSummary(), path);
            for (MediaType media : get.getResponses().get("200").getContent().values()) {
                assertFalse(media.getExamples() == null || media.getExamples().isEmpty(), path + " has no example");
            }
        }
    }

    @Test
    void theRenderedDocsAreServedWithoutTheInternet() throws Exception {
        HttpResponse<String> page = fetch("/api/docs/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("ui/swagger-ui-bundle.js"), page.body());
        assertFalse(page.body().contains("//cdn") || page.body().contains("https://"), "nothing from outside: " + page.body());
        assertEquals(200, fetch("/api/docs/ui/swagger-ui-bundle.js").statusCode());
        assertEquals(200, fetch("/api/docs/ui/swagger-ui.css").statusCode());
        assertTrue(fetch("/api/docs/docs.js").body().contains("/openapi"));
    }

    /** @return "GET /api/v1/grids/{id}" and so on, for every resource method of the WAR inside the EAR */
    private static List<String> endpointsOfTheWar() throws Exception {
        java.nio.file.Path classes = Files.createTempDirectory("war-classes");
        try (ZipFile ear = new ZipFile(new File(System.getProperty("gridpatrol.ear")));
             InputStream war = ear.getInputStream(ear.getEntry("gridpatrol-web.war"));
             ZipInputStream entries = new ZipInputStream(war)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && entry.getName().startsWith("WEB-INF/classes/") && entry.getName().endsWith(".class")) {
                    java.nio.file.Path file = classes.resolve(entry.getName().substring("WEB-INF/classes/".length()));
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> endpoints = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, OpenApiIT.class.getClassLoader());
             var files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (LinkageError e) {
                    continue; // extends a library the tests do not carry (e.g. Shiro's realm): not a resource
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (Map.Entry<Class<? extends Annotation>, PathItem.HttpMethod> verb : VERBS.entrySet()) {
                        if (method.isAnnotationPresent(verb.getKey())) {
                            Path sub = method.getAnnotation(Path.class);
                            endpoints.add(verb.getValue() + " " + normalise("/api/v1/" + root.value() + "/" + (sub == null ? "" : sub.value())));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /** @return the path as OpenAPI writes it: single slashes, no trailing one, no regular expressions in templates */
    static String normalise(String path) {
        String clean = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }
}

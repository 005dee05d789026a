package org.gridpatrol.server.geoserver;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.geoserver.ogc.CredentialsRequiredException;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.publish.DatabaseConnection;
import org.gridpatrol.geoserver.publish.GeoServerPublisher;
import org.gridpatrol.geoserver.publish.GeoServerRest;
import org.gridpatrol.geoserver.publish.PublishReport;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.geoserver.GeoServerPublishRequest;
import org.gridpatrol.model.geoserver.GeoServerPublishResult;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Publishes GridPatrol's layers on the bureau's GeoServer (sdk/geoserver does the REST calls). What the
 * request leaves out comes from the server's configuration; the database host and port default to those
 * of the server's own datasource. GeoServer's refusals come back as 502 problems carrying its own words.
 */
@ApplicationScoped
public class GeoServerPublishing {
    static final String ROLE = "gridpatrol_gis";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param request where to publish
     * @return what was created and found
     */
    public GeoServerPublishResult publish(GeoServerPublishRequest request) {
        GeoServerPublishRequest r = request == null ? new GeoServerPublishRequest(null, null, null, null, null, null, null) : request;
        URI geoserver = geoserverUrl(or(r.geoserverUrl(), "gridpatrol.geoserver.url"));
        String password = or(r.databasePassword(), "gridpatrol.gis.db.password");
        if (password == null) {
            throw ProblemException.unprocessable("geoserver.gis-password-missing",
                    "The password of the read-only role " + ROLE + " is needed (databasePassword, or the server's "
                            + "gridpatrol.gis.db.password) / 需要只读角色 " + ROLE + " 的密码", null);
        }
        String workspace = r.workspace() == null || r.workspace().isBlank() ? "gridpatrol" : r.workspace().strip();
        if (!workspace.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
            throw ProblemException.unprocessable("geoserver.workspace-invalid",
                    "A workspace name is a letter then letters, digits, '_' or '-' / 工作区名称只能包含字母、数字、下划线和连字符", null);
        }
        URI own = ownDatabase();
        DatabaseConnection db = new DatabaseConnection(
                r.databaseHost() != null ? r.databaseHost() : System.getProperty("gridpatrol.gis.db.host", own.getHost()),
                r.databasePort() != null ? r.databasePort()
                        : Integer.getInteger("gridpatrol.gis.db.port", own.getPort() < 0 ? 5432 : own.getPort()),
                own.getPath().replaceFirst("^/", ""), ROLE, password, "public");
        GeoServerRest rest = new GeoServerRest(geoserver, or(r.user(), "gridpatrol.geoserver.user", "admin"),
                or(r.password(), "gridpatrol.geoserver.password", "geoserver"));
        try {
            PublishReport report = new GeoServerPublisher(rest, workspace).publish(db);
            List<GeoServerPublishResult.Step> steps = report.steps().stream()
                    .map(s -> new GeoServerPublishResult.Step(s.kind(), s.name(), s.outcome().name())).toList();
            return new GeoServerPublishResult(geoserver.toString(), workspace, steps, report.created(), report.found());
        } catch (CredentialsRequiredException e) {
            throw new ProblemException(Problem.of(502, "geoserver.credentials", "Bad gateway", e.getMessage()));
        } catch (MapServiceException e) {
            throw new ProblemException(Problem.of(502, "geoserver.refused", "Bad gateway", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("geoserver.interrupted", "Publishing was interrupted; try again");
        }
    }

    private static URI geoserverUrl(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.unprocessable("geoserver.url-missing",
                    "GeoServer's address is needed (geoserverUrl, or the server's gridpatrol.geoserver.url) / 需要 GeoServer 地址", null);
        }
        try {
            URI uri = URI.create(text.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("geoserver.url-invalid",
                    "'" + text + "' is not an http(s) address such as http://gis.bureau.local:8080/geoserver / GeoServer 地址格式不正确");
        }
    }

    private URI ownDatabase() {
        try (Connection c = dataSource.getConnection()) {
            // jdbc:postgresql://host:port/database?…
            return URI.create(c.getMetaData().getURL().replaceFirst("^jdbc:", "").replaceFirst("\\?.*$", ""));
        } catch (SQLException e) {
            throw ProblemException.unavailable("database.unavailable", "The database cannot be reached: " + e.getMessage());
        }
    }

    private static String or(String given, String property) {
        return or(given, property, null);
    }

    private static String or(String given, String property, String fallback) {
        return given != null && !given.isBlank() ? given : System.getProperty(property, fallback);
    }
}

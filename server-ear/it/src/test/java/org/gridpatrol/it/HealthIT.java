package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void healthReportsDatabasePostgisAndTheMigratedSchema() throws Exception {
        Api.Answer answer = Api.get("/health");
        assertEquals(200, answer.status(), answer.raw().body());
        assertEquals("UP", answer.body().path("status").asText());
        assertTrue(answer.body().path("database").asText().startsWith("PostgreSQL 15"), answer.raw().body());
        assertTrue(answer.body().path("postgis").asText().startsWith("3."), answer.raw().body());
        assertEquals("CURRENT", answer.body().path("schemaState").asText());

        try (Connection db = PrivateDatabase.connect(); Statement st = db.createStatement();
             ResultSet row = st.executeQuery(
                     "SELECT max(version::int)::text FROM flyway_schema_history WHERE success")) {
            row.next();
            assertEquals(row.getString(1), answer.body().path("schemaVersion").asText(),
                    "health reports the version Flyway recorded");
        }
    }

    @Test
    void unknownPathIsAProblemNotAnHtmlPage() {
        Api.Answer answer = Api.get("/no-such-thing");
        assertEquals(404, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("http.404", answer.body().path("code").asText());
        assertEquals(404, answer.body().path("status").asInt());
        assertEquals("/api/v1/no-such-thing", answer.body().path("instance").asText());
    }

    @Test
    void wrongMethodIsAProblem() {
        Api.Answer answer = Api.post("/health", "{}");
        assertEquals(405, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"));
        assertEquals("http.405", answer.body().path("code").asText());
    }
}

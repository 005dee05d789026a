package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds what the org, officer and duty tests stand on, with codes and badges unique to this
 * run (the tests share one database): org units and officers through the API, grids by SQL.
 */
final class Fixtures {
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    /** @return a text unique in this run, e.g. {@code BR-k3x9a-12} */
    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    /** @return a JSON object of the given members (name, value, name, value...); null values kept */
    static String json(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            object.put((String) members[i], members[i + 1]);
        }
        try {
            return Api.JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static long bureau() {
        return orgUnit(null, "BUREAU");
    }

    static long orgUnit(Long parentId, String kind) {
        Api.Answer answer = Api.post("/org-units", json("parentId", parentId, "kind", kind,
                "name", kind.toLowerCase() + " " + unique("n"), "code", unique(kind.substring(0, 2))));
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.body().path("id").asLong();
    }

    static long officer(long squadId) {
        Api.Answer answer = Api.post("/officers", json("badgeNo", unique("B"), "name", "队员 " + unique("o"),
                "phone", "138 0000 0000", "squadId", squadId));
        assertEquals(201, answer.status(), answer.raw().body());
        return answer.body().path("id").asLong();
    }

    /** @return a new grid of the org unit, a small square near Bengbu, inserted directly */
    static long grid(long orgUnitId) throws SQLException {
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO grid (kind, name, org_unit_id, geom)"
                     + " VALUES ('UNIT_GRID', ?, ?, ST_Multi(ST_MakeEnvelope(117.36, 32.93, 117.37, 32.94, 4326)))"
                     + " RETURNING id")) {
            insert.setString(1, unique("grid"));
            insert.setLong(2, orgUnitId);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return the single number a query gives */
    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = PrivateDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return the single text a query gives */
    static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = PrivateDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Asserts an answer is a problem+json with that status and code. */
    static void assertProblem(Api.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.raw().body());
        assertEquals(true, answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(code, answer.body().path("code").asText(), answer.raw().body());
        assertEquals(false, answer.body().path("detail").asText().isBlank(), "a sentence for a human");
    }
}

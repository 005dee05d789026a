package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security audit: logins (success, failure, lockout), every write request with who, from where,
 * what and the row before and after, alarm handling; read by the auditor only; and the hash chain
 * that reports a row altered or deleted behind the application's back.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static List<JsonNode> entries(Api.As auditor, String query) {
        Api.Answer answer = auditor.get("/audit?" + query);
        assertEquals(200, answer.status(), answer.raw().body());
        List<JsonNode> entries = new ArrayList<>();
        answer.body().forEach(entries::add);
        return entries;
    }

    @Test
    void everyLoginIsRecordedWithItsOutcome() throws Exception {
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        Accounts.Account account = Accounts.create(null, "SYSTEM_ADMIN");
        Accounts.login(account);
        for (int i = 0; i < 5; i++) {
            Api.anonymous().post("/auth/login", json("username", account.username(), "password", "Wrong-pass-" + i));
        }
        List<JsonNode> rows = entries(auditor, "actor=" + account.username());
        List<String> seen = rows.stream().map(r -> r.path("action").asText() + ":" + r.path("outcome").asText()).toList();
        assertEquals(List.of("LOCKOUT:SUCCESS", "LOGIN:FAILURE", "LOGIN:FAILURE", "LOGIN:FAILURE", "LOGIN:FAILURE",
                "LOGIN:FAILURE", "LOGIN:SUCCESS"), seen);
        JsonNode login = rows.get(rows.size() - 1);
        assertEquals("127.0.0.1", login.path("actorAddress").asText());
        assertEquals(account.id(), login.path("actorUserId").asLong());
        assertEquals("wrong password", rows.get(1).path("summary").path("reason").asText());
    }

    @Test
    void aWriteIsRecordedWithTheRowBeforeAndAfterAndARefusalAsDenied() throws Exception {
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        Territory t = Territory.create();
        Accounts.Account supervisor = Accounts.create(t.bureau, "SUPERVISOR");
        Api.As as = Api.as(Accounts.login(supervisor));
        assertEquals(200, as.post("/org-units/" + t.a.id() + "/rename", json("name", "改名后的中队")).status());

        JsonNode rename = entries(auditor, "action=ORG_UNIT_RENAME&targetId=" + t.a.id()).get(0);
        assertEquals(supervisor.username(), rename.path("actor").asText());
        assertEquals("127.0.0.1", rename.path("actorAddress").asText());
        assertEquals("org_unit", rename.path("targetType").asText());
        assertEquals("SUCCESS", rename.path("outcome").asText());
        assertEquals("改名后的中队", rename.path("summary").path("changes").path("name").path("after").asText());
        assertTrue(rename.path("summary").path("changes").path("name").path("before").asText().startsWith("甲中队"));
        assertEquals(List.of("name"), fieldNames(rename.path("summary").path("changes")), "only what changed");

        Api.Answer created = as.post("/officers", json("badgeNo", Fixtures.unique("A"), "name", "新队员", "squadId", t.a.id()));
        assertEquals(201, created.status(), created.raw().body());
        JsonNode create = entries(auditor, "action=OFFICER_CREATE&targetId=" + created.body().path("id").asLong()).get(0);
        assertEquals("新队员", create.path("summary").path("after").path("name").asText());

        Api.As other = Api.as(Accounts.token(null, "AUDITOR"));
        assertEquals(403, other.post("/grids/" + t.a.grid() + "/retire", "{\"version\":1}").status());
        JsonNode denied = entries(auditor, "action=GRID_RETIRE&targetId=" + t.a.grid()).get(0);
        assertEquals("DENIED", denied.path("outcome").asText());
        assertEquals(403, denied.path("summary").path("status").asInt());
        assertTrue(Fixtures.text("SELECT retired_at::text FROM grid WHERE id = ?", t.a.grid()) == null);
    }

    @Test
    void anAccountsPasswordHashNeverReachesTheLog() throws Exception {
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        Api.Answer created = security.post("/accounts", json("username", Fixtures.unique("zhao"), "displayName", "赵",
                "password", "Initial-Pass-1", "roles", List.of("AUDITOR")));
        assertEquals(201, created.status(), created.raw().body());
        long id = created.body().path("id").asLong();
        assertEquals(200, security.post("/accounts/" + id + "/reset-password", json("password", "Second-Pass-2")).status());
        List<JsonNode> rows = entries(auditor, "targetType=app_user&targetId=" + id);
        assertEquals(List.of("ACCOUNT_RESET_PASSWORD", "ACCOUNT_CREATE"),
                rows.stream().map(r -> r.path("action").asText()).toList());
        assertEquals("赵", rows.get(1).path("summary").path("after").path("display_name").asText());
        for (JsonNode row : rows) {
            assertFalse(row.toString().contains("pbkdf2") || row.toString().contains("password_hash"), row.toString());
        }
    }

    @Test
    void alarmHandlingIsRecordedWhoeverWritesIt() throws Exception {
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        Territory t = Territory.create();
        Accounts.Account supervisor = Accounts.create(t.a.id(), "SUPERVISOR");
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement handle = db.prepareStatement("INSERT INTO alarm_handling (alarm_id, action, by_user_id,"
                     + " disposition, note) VALUES (?, 'HANDLE', ?, 'EXCUSED', '已核实: 执行临时任务')")) {
            handle.setLong(1, t.a.alarm());
            handle.setLong(2, supervisor.id());
            handle.executeUpdate();
        }
        JsonNode row = entries(auditor, "action=ALARM_HANDLE&targetId=" + t.a.alarm()).get(0);
        assertEquals(supervisor.username(), row.path("actor").asText());
        assertEquals("EXCUSED", row.path("summary").path("disposition").asText());
        assertEquals("已核实: 执行临时任务", row.path("summary").path("note").asText());
    }

    @Test
    void onlyTheAuditorReadsTheLog() throws Exception {
        assertEquals(403, Api.as(Accounts.token(null, "SECURITY_ADMIN")).get("/audit").status());
        assertEquals(403, Api.as(Accounts.token(null, "SYSTEM_ADMIN")).get("/audit/verify").status());
        assertEquals(403, Api.get("/audit").status(), "nor a supervisor of the whole tree");
    }

    @Test
    void theChainReportsARowAlteredInTheDatabaseAndHoldsAgainOnceItIsRestored() throws Exception {
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        Accounts.token(null, "AUDITOR"); // one more row after the one altered
        assertTrue(auditor.get("/audit/verify").body().path("intact").asBoolean());
        long victim = Fixtures.count("SELECT max(id) - 1 FROM audit_log");
        String actor = Fixtures.text("SELECT actor FROM audit_log WHERE id = ?", victim);
        try {
            asOwnerWithoutTriggers("audit_log_no_update_delete", "UPDATE audit_log SET actor = 'mallory' WHERE id = " + victim);
            JsonNode report = auditor.get("/audit/verify").body();
            assertFalse(report.path("intact").asBoolean(), report.toString());
            assertEquals(victim, report.path("firstBrokenId").asLong());
        } finally {
            asOwnerWithoutTriggers("audit_log_no_update_delete",
                    "UPDATE audit_log SET actor = '" + actor.replace("'", "''") + "' WHERE id = " + victim);
        }
        assertTrue(auditor.get("/audit/verify").body().path("intact").asBoolean(), "restored");
    }

    @Test
    void theChainReportsARowDeletedInTheDatabase() throws Exception {
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        Accounts.token(null, "AUDITOR");
        long victim = Fixtures.count("SELECT max(id) - 1 FROM audit_log");
        String kept = "audit_kept_" + System.nanoTime();
        try {
            asOwnerWithoutTriggers("audit_log_no_update_delete",
                    "CREATE TABLE " + kept + " AS SELECT * FROM audit_log WHERE id = " + victim,
                    "DELETE FROM audit_log WHERE id = " + victim);
            JsonNode report = auditor.get("/audit/verify").body();
            assertFalse(report.path("intact").asBoolean(), report.toString());
            assertTrue(report.path("firstBrokenId").asLong() > victim, "the row after it no longer links: " + report);
            assertTrue(report.path("missingIds").toString().contains(String.valueOf(victim)), report.toString());
        } finally {
            // put it back exactly as it was (the chain trigger would give it a new id and hash)
            asOwnerWithoutTriggers("audit_log_chain", "INSERT INTO audit_log SELECT * FROM " + kept, "DROP TABLE " + kept);
        }
        assertTrue(auditor.get("/audit/verify").body().path("intact").asBoolean(), "restored");
    }

    /** As the table owner, in one transaction: switch a trigger off, run the statements, switch it on. */
    private static void asOwnerWithoutTriggers(String trigger, String... statements) throws Exception {
        try (Connection db = PrivateDatabase.connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("ALTER TABLE audit_log DISABLE TRIGGER " + trigger);
            for (String statement : statements) {
                sql.execute(statement);
            }
            sql.execute("ALTER TABLE audit_log ENABLE TRIGGER " + trigger);
            db.commit();
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks against receivers started here: signed deliveries, retries until a failing receiver
 * recovers, the delivery log, replay by hand. The server runs with a 300 ms retry base
 * (arquillian.xml) instead of 30 s.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static JsonNode register(Api.As secadmin, WebhookReceiver receiver, long orgUnitId, String... events) {
        Api.Answer created = secadmin.post("/webhooks", Fixtures.json("name", Fixtures.unique("oa"), "url", receiver.url(),
                "events", List.of(events), "orgUnitId", orgUnitId));
        assertEquals(201, created.status(), created.raw().body());
        String secret = created.body().path("secret").asText();
        assertTrue(secret.startsWith("whsec_"), created.raw().body());
        receiver.secret(secret);
        return created.body();
    }

    private static long alarm(Territory.Squad squad, String type) throws Exception {
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO alarm (type, officer_id, grid_id, org_unit_id,"
                     + " started_at) VALUES (?, ?, ?, ?, clock_timestamp()) RETURNING id")) {
            insert.setString(1, type);
            insert.setLong(2, squad.officer().id());
            insert.setLong(3, squad.grid());
            insert.setLong(4, squad.id());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "waited 30 s for " + what);
            Thread.sleep(100);
        }
    }

    @Test
    void aReceiverGetsSignedDeliveriesOfItsSubtreeAndAReplay() throws Exception {
        Territory t = Territory.create();
        Api.As secadmin = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            JsonNode hook = register(secadmin, receiver, t.a.id(), "alarm.opened", "officer.lost-contact");
            assertEquals(0, secadmin.get("/webhooks/" + hook.path("id").asLong()).body().path("secret").size());
            assertTrue(secadmin.get("/webhooks/" + hook.path("id").asLong()).body().path("secret").isNull());

            long other = alarm(t.b, "STILL");         // squad B: outside the webhook's subtree
            long lost = alarm(t.a, "LOST_CONTACT");   // squad A: alarm.opened and officer.lost-contact

            await("two deliveries", () -> receiver.posts.size() >= 2);
            Thread.sleep(1500);
            assertEquals(2, receiver.posts.size(), receiver.posts.toString());
            for (WebhookReceiver.Post post : receiver.posts) {
                assertTrue(post.signatureValid(), post.toString());
                JsonNode body = Api.JSON.readTree(post.body());
                assertEquals(lost, body.path("data").path("alarmId").asLong(), post.body());
                assertTrue(body.path("eventId").asText().endsWith("/" + lost), post.body());
            }
            assertTrue(receiver.posts.stream().noneMatch(p -> p.body().contains("\"alarmId\": " + other + ",")));

            long id = hook.path("id").asLong();
            JsonNode log = secadmin.get("/webhooks/" + id + "/deliveries").body();
            assertEquals(2, log.size(), log.toString());
            for (JsonNode delivery : log) {
                assertEquals("DELIVERED", delivery.path("status").asText(), delivery.toString());
                assertEquals(1, delivery.path("attempts").asInt());
                assertEquals(204, delivery.path("lastStatus").asInt());
            }
            long first = log.get(0).path("id").asLong();
            Api.Answer replay = secadmin.post("/webhooks/" + id + "/deliveries/" + first + "/replay", "");
            assertEquals(200, replay.status(), replay.raw().body());
            await("the replay", () -> receiver.posts.size() >= 3);
            WebhookReceiver.Post again = receiver.posts.get(2);
            assertTrue(again.signatureValid());
            assertEquals(Long.toString(first), again.deliveryId());
            await("the replay logged", () -> secadmin.get("/webhooks/" + id + "/deliveries").body().get(0).path("attempts").asInt() == 2);

            assertProblem(secadmin.post("/webhooks/" + id + "/deliveries/999999999/replay", ""), 404, "webhook-delivery.not-found");
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheEventOnceItIsBack() throws Exception {
        Territory t = Territory.create();
        Api.As secadmin = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        try (WebhookReceiver receiver = new WebhookReceiver(3)) {
            long id = register(secadmin, receiver, t.bureau, "alarm.opened").path("id").asLong();
            long alarm = alarm(t.a, "OFF_POST");

            await("four posts", () -> receiver.posts.size() >= 4);
            await("the delivery logged", () -> "DELIVERED".equals(
                    secadmin.get("/webhooks/" + id + "/deliveries").body().get(0).path("status").asText()));
            JsonNode delivery = secadmin.get("/webhooks/" + id + "/deliveries").body().get(0);
            assertEquals(4, delivery.path("attempts").asInt(), delivery.toString());
            assertEquals("alarm.opened/" + alarm, delivery.path("eventId").asText());
            assertNotNull(delivery.path("deliveredAt").textValue());
            assertEquals(4, receiver.posts.size());
            assertEquals(1, receiver.posts.stream().map(WebhookReceiver.Post::body).distinct().count(), "one event, four posts");
            assertTrue(receiver.posts.stream().allMatch(WebhookReceiver.Post::signatureValid));
            // backoff: the gaps between attempts grow
            List<Long> times = receiver.posts.stream().map(p -> Long.parseLong(p.timestamp())).toList();
            assertTrue(times.get(3) - times.get(0) >= 1, times.toString());
        }
    }

    @Test
    void badRegistrationsAreRefusedAndOnlyTheSecurityAdministratorRegisters() throws Exception {
        Territory t = Territory.create();
        Api.As secadmin = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        Api.Answer bad = secadmin.post("/webhooks", Fixtures.json("name", "x", "url", "ftp://example", "events",
                List.of("alarm.exploded"), "orgUnitId", t.bureau));
        assertProblem(bad, 422, "webhook.invalid");
        assertEquals(2, bad.body().path("errors").size(), bad.raw().body());
        assertProblem(Api.as(Accounts.token(null, "SYSTEM_ADMIN")).get("/webhooks"), 403, "auth.forbidden");

        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            JsonNode hook = register(secadmin, receiver, t.bureau, "incident.reported");
            String id = hook.path("id").asText();
            assertEquals(1, Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'WEBHOOK_CREATE' AND target_id = ?"
                    + " AND summary -> 'after' ->> 'url' = ?", id, receiver.url()), "the registration is audited");
            assertEquals(0, Fixtures.count("SELECT count(*) FROM audit_log WHERE summary::text LIKE ?",
                    "%" + hook.path("secret").asText() + "%"), "the secret is not");
            assertEquals(false, secadmin.post("/webhooks/" + id + "/deactivate", "").body().path("active").asBoolean());
        }
        assertProblem(secadmin.get("/webhooks/999999999"), 404, "webhook.not-found");
    }
}

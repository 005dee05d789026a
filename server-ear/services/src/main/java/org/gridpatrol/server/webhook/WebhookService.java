package org.gridpatrol.server.webhook;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.webhook.NewWebhook;
import org.gridpatrol.model.webhook.Webhook;
import org.gridpatrol.model.webhook.WebhookDelivery;
import org.gridpatrol.server.account.PasswordHash;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * Webhooks of the caller's subtree: registered with a secret shown once, deactivated, their
 * delivery log read, and a delivery queued again by hand.
 */
@Stateless
public class WebhookService {
    /** The event types a webhook may ask for. */
    public static final Set<String> EVENTS = Set.of("alarm.opened", "alarm.closed", "alarm.handled",
            "incident.reported", "officer.lost-contact");

    private static final String VIEW = "SELECT w.id, w.name, w.url, w.events, w.org_unit_id, w.active, w.created_at"
            + " FROM webhook w JOIN org_unit u ON u.id = w.org_unit_id WHERE u.path LIKE ? || '%'";
    private static final String DELIVERY = "SELECT d.id, d.webhook_id, d.event_type, d.event_id, d.status, d.attempts,"
            + " d.next_attempt_at, d.last_attempt_at, d.last_status, d.last_error, d.delivered_at, d.created_at, d.payload"
            + " FROM webhook_delivery d";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private OrgUnits units;

    /** @return the new webhook with its secret: the only time it is shown */
    public Webhook create(Caller caller, NewWebhook request) {
        Violations.body(request);
        Violations check = new Violations();
        String name = check.text("/name", request.name(), 100);
        String url = check.text("/url", request.url(), 2000);
        Long orgUnitId = check.required("/orgUnitId", request.orgUnitId());
        if (url != null && !isHttp(url)) {
            check.add("/url", "webhook.url-invalid", "/url must be an absolute http or https URL");
        }
        Set<String> events = new LinkedHashSet<>();
        if (check.notEmpty("/events", request.events()) != null) {
            for (int i = 0; i < request.events().size(); i++) {
                if (!EVENTS.contains(request.events().get(i))) {
                    check.add("/events/" + i, "webhook.event-unknown", "/events/" + i + " is not one of " + EVENTS);
                }
                events.add(request.events().get(i));
            }
        }
        check.throwIfAny("webhook.invalid", "the webhook cannot be registered");
        units.referenced(caller, orgUnitId, "/orgUnitId", "webhook", null);
        String secret = "whsec_" + PasswordHash.newToken();
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO webhook (name, url, secret, events, org_unit_id,"
                     + " created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, name);
            insert.setString(2, url);
            insert.setString(3, secret);
            insert.setArray(4, db.createArrayOf("text", events.toArray()));
            insert.setLong(5, orgUnitId);
            insert.setObject(6, caller.userId());
            long id;
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            Webhook stored = find(db, caller, id);
            return new Webhook(stored.id(), stored.name(), stored.url(), stored.events(), stored.orgUnitId(),
                    stored.active(), stored.createdAt(), secret);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a webhook", e);
        }
    }

    /** @return the webhooks of the caller's subtree, newest first, without secrets */
    public List<Webhook> list(Caller caller) {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(VIEW + " ORDER BY w.id DESC")) {
            query.setString(1, caller.pathPrefix());
            List<Webhook> hooks = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    hooks.add(webhook(row));
                }
            }
            return hooks;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list webhooks", e);
        }
    }

    /** @return the webhook, 404 outside the caller's subtree */
    public Webhook get(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            return find(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read webhook " + id, e);
        }
    }

    /** Stops sending to the webhook; deliveries still pending are given up. */
    public Webhook deactivate(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            find(db, caller, id);
            try (PreparedStatement update = db.prepareStatement("UPDATE webhook SET active = false WHERE id = ?");
                 PreparedStatement giveUp = db.prepareStatement("UPDATE webhook_delivery SET status = 'FAILED',"
                         + " last_error = 'webhook deactivated' WHERE webhook_id = ? AND status = 'PENDING'")) {
                update.setLong(1, id);
                update.executeUpdate();
                giveUp.setLong(1, id);
                giveUp.executeUpdate();
            }
            return find(db, caller, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not deactivate webhook " + id, e);
        }
    }

    /**
     * @param status only deliveries in this status, or null for all
     * @param before only deliveries with a smaller id (the last id of the previous page), or null
     * @return the webhook's deliveries, newest first
     */
    public List<WebhookDelivery> deliveries(Caller caller, long webhookId, String status, Long before, int limit) {
        if (status != null && !Set.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw ProblemException.badRequest("webhook.status-unknown", "status is PENDING, DELIVERED or FAILED");
        }
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("paging.invalid", "1 ≤ limit ≤ 1000");
        }
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(DELIVERY + " WHERE d.webhook_id = ? AND (?::text IS NULL OR"
                     + " d.status = ?) AND (?::bigint IS NULL OR d.id < ?) ORDER BY d.id DESC LIMIT ?")) {
            find(db, caller, webhookId);
            query.setLong(1, webhookId);
            query.setString(2, status);
            query.setString(3, status);
            query.setObject(4, before);
            query.setObject(5, before);
            query.setInt(6, limit);
            List<WebhookDelivery> deliveries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    deliveries.add(delivery(row));
                }
            }
            return deliveries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read deliveries of webhook " + webhookId, e);
        }
    }

    /** Queues a delivery again now, whatever its status, for another day of retries. */
    public WebhookDelivery replay(Caller caller, long webhookId, long deliveryId) {
        try (Connection db = dataSource.getConnection()) {
            Webhook hook = find(db, caller, webhookId);
            if (!hook.active()) {
                throw ProblemException.conflict("webhook.inactive", "webhook " + webhookId + " is deactivated");
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE webhook_delivery SET status = 'PENDING',"
                    + " next_attempt_at = now(), give_up_at = now() + interval '1 day' WHERE id = ? AND webhook_id = ?")) {
                update.setLong(1, deliveryId);
                update.setLong(2, webhookId);
                if (update.executeUpdate() == 0) {
                    throw ProblemException.notFound("webhook-delivery.not-found", "webhook " + webhookId
                            + " has no delivery " + deliveryId);
                }
            }
            try (PreparedStatement query = db.prepareStatement(DELIVERY + " WHERE d.id = ?")) {
                query.setLong(1, deliveryId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return delivery(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not replay delivery " + deliveryId, e);
        }
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Webhook find(Connection db, Caller caller, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(VIEW + " AND w.id = ?")) {
            query.setString(1, caller.pathPrefix());
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw ProblemException.notFound("webhook.not-found", "there is no webhook " + id);
                }
                return webhook(row);
            }
        }
    }

    private static Webhook webhook(ResultSet row) throws SQLException {
        return new Webhook(row.getLong(1), row.getString(2), row.getString(3), List.of((String[]) row.getArray(4).getArray()),
                row.getLong(5), row.getBoolean(6), instant(row.getTimestamp(7)), null);
    }

    private static WebhookDelivery delivery(ResultSet row) throws SQLException {
        return new WebhookDelivery(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
                row.getInt(6), instant(row.getTimestamp(7)), instant(row.getTimestamp(8)), row.getObject(9, Integer.class),
                row.getString(10), instant(row.getTimestamp(11)), instant(row.getTimestamp(12)), row.getString(13));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.gridpatrol.server.webhook;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Posts due webhook deliveries from the outbox, every second, off every request's path: a
 * batch is leased (so a second server or a crash mid-send does not lose or double it for long),
 * posted concurrently with a time limit, and each outcome recorded; failures wait
 * {@link RetryBackoff} and are given up a day after their event.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 50;

    private static final String CLAIM = """
            UPDATE webhook_delivery d SET next_attempt_at = now() + interval '2 minutes'
              FROM webhook w
             WHERE w.id = d.webhook_id AND w.active
               AND d.id IN (SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
                             ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING d.id, d.event_type, d.attempts, d.payload, w.url, w.secret""";
    private static final String DELIVERED = """
            UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
                   last_status = ?, last_error = NULL, delivered_at = now() WHERE id = ?""";
    private static final String FAILED = """
            UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = now(), last_status = ?, last_error = ?,
                   next_attempt_at = now() + ? * interval '1 millisecond',
                   status = CASE WHEN now() + ? * interval '1 millisecond' > give_up_at THEN 'FAILED' ELSE 'PENDING' END
             WHERE id = ?""";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long lastWarning;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /** A delivery leased for sending. */
    record Due(long id, String eventType, int attempts, String payload, String url, String secret) {
    }

    /** What the receiver did: its status (null when none came) and why it failed (null when it did not). */
    record Outcome(Integer status, String error) {
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still waiting on a slow receiver
        }
        try {
            List<Due> due = claim();
            List<CompletableFuture<Outcome>> sends = new ArrayList<>();
            for (Due delivery : due) {
                sends.add(post(delivery));
            }
            // outcomes are written here, on the container's thread, not on the HTTP client's
            for (int i = 0; i < due.size(); i++) {
                Outcome outcome = sends.get(i).join();
                record(due.get(i), outcome.status(), outcome.error());
            }
        } catch (RuntimeException | SQLException e) {
            long now = System.currentTimeMillis();
            if (now - lastWarning > 60_000) { // once a minute is enough while the database is away
                lastWarning = now;
                LOG.log(Level.WARNING, "webhook deliveries could not be sent this round", e);
            }
        } finally {
            running.set(false);
        }
    }

    private List<Due> claim() throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement claim = db.prepareStatement(CLAIM)) {
            claim.setInt(1, BATCH);
            List<Due> due = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5),
                            row.getString(6)));
                }
            }
            return due;
        }
    }

    private CompletableFuture<Outcome> post(Due delivery) {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "GridPatrol-Webhook/1")
                    .header("X-GridPatrol-Delivery", Long.toString(delivery.id()))
                    .header("X-GridPatrol-Event", delivery.eventType())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "the URL cannot be posted to: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return new Outcome(null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
            int status = response.statusCode();
            return new Outcome(status, status / 100 == 2 ? null : "the receiver answered " + status);
        });
    }

    private void record(Due delivery, Integer status, String error) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement update = db.prepareStatement(error == null ? DELIVERED : FAILED)) {
            update.setObject(1, status);
            if (error == null) {
                update.setLong(2, delivery.id());
            } else {
                long delayMs = RetryBackoff.after(delivery.attempts() + 1).toMillis();
                update.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
                update.setLong(3, delayMs);
                update.setLong(4, delayMs);
                update.setLong(5, delivery.id());
            }
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not record the outcome of webhook delivery " + delivery.id(), e);
        }
    }
}

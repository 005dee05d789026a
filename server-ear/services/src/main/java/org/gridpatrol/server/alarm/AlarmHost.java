package org.gridpatrol.server.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.engine.alarm.AlarmEngine;
import org.gridpatrol.engine.alarm.AlarmEvent;
import org.gridpatrol.engine.alarm.OfficerSnapshot;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.rules.RuleBook;
import org.gridpatrol.server.alarmrule.AlarmRuleBook;
import org.gridpatrol.engine.zone.Grid;
import org.gridpatrol.engine.zone.GridIndex;

/**
 * Hosts the alarm engine in the server: keeps its grid index in step with the
 * {@code grid} table, gives it each officer's grids and duty, feeds it every stored
 * batch inside the ingest transaction, stores the alarms it raises with those
 * fixes, and keeps each officer's engine state in {@code officer_status} so a
 * restart resumes exactly where it stopped. A timer raises lost contact.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlarmHost {
    private static final Logger LOG = Logger.getLogger(AlarmHost.class.getName());
    /** How often the grid table is compared with the index, and plans are rebuilt. */
    private static final Duration GRID_CHECK = Duration.ofSeconds(5);
    private static final Duration PLAN_LIFETIME = Duration.ofMinutes(5);
    static final Duration LOST_CONTACT_AFTER = Duration.ofMinutes(
            Long.getLong("gridpatrol.alarm.lost-contact-minutes", 10));

    private static final String GRID_VERSION = "SELECT count(*) || '-' || coalesce(max(id), 0) || '-' "
            + "|| coalesce(extract(epoch FROM max(updated_at))::text, '') FROM grid";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Replaced only when the index is built afresh; officers then resume from their stored state. */
    private volatile GridIndex engineIndex = GridIndex.covering(new org.locationtech.jts.geom.Envelope(117, 118, 32, 33), 500);
    private volatile AlarmEngine engine = new AlarmEngine(engineIndex);
    /** Whether the index was sized to real grids (an index over no grids is replaced by the first ones). */
    private boolean indexBuilt;
    private final GridSync gridSync = new GridSync();
    private final Map<Long, Watched> watched = new ConcurrentHashMap<>();
    private volatile String gridVersion = "";
    /**
     * Officers who may have an open lost-contact alarm to close when their data resumes: those the
     * timer raised one for, and, after a restart, everyone until his first batch.
     */
    private final Map<Long, Boolean> silentOfficers = new ConcurrentHashMap<>();
    private volatile Instant gridCheckedAt = Instant.EPOCH;

    /** An officer the engine watches: his squad (for scope), when his plan was read and by which rules. */
    private record Watched(long squadId, String squadPath, Instant planReadAt, RuleBook rules) {
    }

    /** Positions go to the desktops at most this often per officer. */
    private static final Duration POSITION_EVERY = Duration.ofSeconds(2);
    private final Map<Long, Instant> positionSentAt = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    private org.gridpatrol.server.events.LiveEvents live;

    @jakarta.inject.Inject
    private AlarmRuleBook ruleBook;

    @jakarta.inject.Inject
    private AlarmNews alarmNews;

    @PostConstruct
    void start() {
        try (Connection db = dataSource.getConnection()) {
            refreshGrids(db);
        } catch (SQLException | RuntimeException e) {
            // the schema may not be current: ingest is refused then, and the index fills on first use
            LOG.log(Level.WARNING, "grid index not loaded at start-up", e);
        }
    }

    /**
     * What evaluating a batch gave.
     *
     * @param events the alarm events, already stored
     * @param state  the officer's engine state as JSON, for the caller to store with his status
     */
    public record Evaluation(List<AlarmEvent> events, String state) {
    }

    /**
     * Evaluates a stored batch and stores the alarms it raises, on the ingest's connection
     * and in its transaction.
     *
     * @return the events and the officer's engine state to keep
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Evaluation evaluate(Connection db, long officerId, List<Fix> fixes, Instant receivedAt) throws SQLException {
        refreshGridsIfDue(db, receivedAt);
        AlarmEngine engine = this.engine;
        Watched officer = watch(engine, db, officerId, receivedAt);
        List<AlarmEvent> events = engine.acceptBatch(officerId, fixes, receivedAt);
        if (silentOfficers.remove(officerId) != null) {
            announce(AlarmStore.contactResumed(db, officerId,
                    fixes.stream().map(Fix::time).min(Instant::compareTo).orElse(receivedAt)));
        }
        AlarmStore.store(db, officer.squadId(), events);
        List<Map<String, Object>> news = EngineAlarmRows.payloads(db, events);
        String state = EngineStates.json(engine, officerId);
        // if the transaction rolls back, the engine's memory is ahead of the database: forget it
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    engine.release(officerId);
                    watched.remove(officerId);
                    silentOfficers.put(officerId, Boolean.TRUE);
                } else {
                    publish(officer, officerId, fixes, events, news, receivedAt);
                }
            }
        });
        return new Evaluation(events, state);
    }

    /**
     * A sign of life other than a fix (a heartbeat, a clock-in): ends an open lost-contact alarm
     * at the time contact resumed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void contactResumed(Connection db, long officerId, Instant at) throws SQLException {
        if (silentOfficers.remove(officerId) != null || !watched.containsKey(officerId)) {
            announce(AlarmStore.contactResumed(db, officerId, at));
        }
    }

    /** Lost-contact alarms ended by data go to the desktops as {@code alarm.closed}, like every other end. */
    private void announce(List<AlarmStore.Closed> closed) {
        for (AlarmStore.Closed c : closed) {
            alarmNews.afterCommit(AlarmNews.CLOSED, c.orgPath(), c.news());
        }
    }

    /**
     * Called by grid writes: once their transaction commits, the next batch rebuilds the index.
     * Changes made outside the application (a district loaded by SQL) are found by the periodic check.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void gridsChanged() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    gridCheckedAt = Instant.EPOCH;
                }
            }
        });
    }

    /** After commit: the alarms, and the officer's newest position unless one went out just now. */
    private void publish(Watched officer, long officerId, List<Fix> fixes, List<AlarmEvent> events,
                         List<Map<String, Object>> news, Instant now) {
        for (int i = 0; i < events.size(); i++) {
            live.publish(events.get(i).isOpen() ? AlarmNews.OPENED : AlarmNews.CLOSED, officer.squadPath(), news.get(i));
        }
        Instant last = positionSentAt.get(officerId);
        // fixes more than 10 minutes ahead of the server are clock evidence only: ingest did not store them
        Fix newest = fixes.stream().filter(f -> !f.time().isAfter(now.plus(Duration.ofMinutes(10))))
                .max(Fix.TIME_ORDER).orElse(null);
        if (newest == null) {
            return;
        }
        if (last == null || Duration.between(last, now).compareTo(POSITION_EVERY) >= 0) {
            positionSentAt.put(officerId, now);
            live.publish("officer.position", officer.squadPath(), Map.of("officerId", officerId, "lon", newest.lon(),
                    "lat", newest.lat(), "accuracy", newest.accuracy(), "time", newest.time().toString()));
        }
    }

    private Watched watch(AlarmEngine engine, Connection db, long officerId, Instant now) throws SQLException {
        Watched known = watched.get(officerId);
        RuleBook rules = ruleBook.current(db);
        if (known != null && engine.watches(officerId) && known.rules() == rules
                && Duration.between(known.planReadAt(), now).compareTo(PLAN_LIFETIME) < 0) {
            return known;
        }
        DutyPlan.Plan plan = DutyPlan.read(db, officerId, now, rules);
        if (engine.watches(officerId)) {
            engine.assign(plan.assignment());
        } else {
            OfficerSnapshot snapshot = EngineStates.load(db, officerId);
            if (snapshot != null) {
                engine.restore(plan.assignment(), snapshot);
            } else {
                engine.assign(plan.assignment());
            }
        }
        if (known == null) {
            silentOfficers.put(officerId, Boolean.TRUE); // first batch since start-up: close what the timer left open
        }
        Watched fresh = new Watched(plan.squadId(), plan.squadPath(), now, rules);
        watched.put(officerId, fresh);
        return fresh;
    }

    private void refreshGridsIfDue(Connection db, Instant now) throws SQLException {
        if (Duration.between(gridCheckedAt, now).compareTo(GRID_CHECK) >= 0) {
            refreshGrids(db);
        }
    }

    /**
     * Brings the index in step with the grid table: the grids changed since the last look are put
     * into (or removed from) the index in place, and officers keep their state; only the first
     * time, or when a grid lands off the raster, is a new index built and the engine replaced
     * (officers then resume from their stored state).
     */
    private synchronized void refreshGrids(Connection db) throws SQLException {
        String version;
        long live;
        try (PreparedStatement query = db.prepareStatement(GRID_VERSION); ResultSet row = query.executeQuery()) {
            row.next();
            version = row.getString(1);
        }
        gridCheckedAt = Instant.now();
        if (version.equals(gridVersion)) {
            return;
        }
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM grid WHERE retired_at IS NULL");
             ResultSet row = query.executeQuery()) {
            row.next();
            live = row.getLong(1);
        }
        if (indexBuilt && gridSync.apply(engineIndex, GridSync.rows(db, gridSync.readFrom()), live)) {
            gridVersion = version;
            watched.clear(); // plans name grids: read them again
            return;
        }
        List<GridSync.Row> rows = GridSync.rows(db, null);
        List<Grid> grids = rows.stream().filter(r -> r.geometry() != null).map(r -> new Grid(r.id(), r.geometry())).toList();
        GridIndex index = grids.isEmpty()
                ? GridIndex.covering(new org.locationtech.jts.geom.Envelope(117, 118, 32, 33), 500)
                : GridIndex.of(grids);
        gridSync.reset(rows);
        engineIndex = index;
        engine = new AlarmEngine(index);
        indexBuilt = !grids.isEmpty();
        gridVersion = version;
        watched.clear();
        LOG.info(() -> "grid index built with " + grids.size() + " live grids");
    }

    /**
     * Every minute: an officer whose duty has ended while his phone was silent still has his
     * alarms open; the engine's clock tick closes them at the end of the duty, not at the next fix.
     */
    @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void closeEndedDuties() {
        AlarmEngine engine = this.engine;
        List<AlarmEvent> events = engine.tick(Instant.now());
        if (events.isEmpty()) {
            return;
        }
        Map<Long, List<AlarmEvent>> byOfficer = new java.util.TreeMap<>();
        events.forEach(e -> byOfficer.computeIfAbsent(e.officerId(), k -> new ArrayList<>()).add(e));
        try (Connection db = dataSource.getConnection();
             PreparedStatement save = db.prepareStatement(
                     "UPDATE officer_status SET engine_state = ?::jsonb, engine_state_at = now() WHERE officer_id = ?")) {
            for (Map.Entry<Long, List<AlarmEvent>> e : byOfficer.entrySet()) {
                long officerId = e.getKey();
                DutyPlan.Plan plan = DutyPlan.read(db, officerId, Instant.now(), RuleBook.EMPTY);
                AlarmStore.store(db, plan.squadId(), e.getValue());
                List<Map<String, Object>> news = EngineAlarmRows.payloads(db, e.getValue());
                save.setString(1, EngineStates.json(engine, officerId));
                save.setLong(2, officerId);
                save.executeUpdate();
                Watched officer = new Watched(plan.squadId(), plan.squadPath(), Instant.EPOCH, null);
                afterCommit(() -> publish(officer, officerId, List.of(), e.getValue(), news, Instant.now()),
                        () -> engine.release(officerId));
            }
        } catch (SQLException e) {
            byOfficer.keySet().forEach(engine::release); // they resume from their stored state
            // rolls the transaction back: nothing half stored; the next tick tries again
            throw new IllegalStateException("closing alarms at the end of duty failed", e);
        }
    }

    private void afterCommit(Runnable committed, Runnable rolledBack) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                (status == Status.STATUS_COMMITTED ? committed : rolledBack).run();
            }
        });
    }

    /** Every minute: officers on duty silent for too long get a lost-contact alarm, with the last known reason. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void lostContact() {
        Instant now = Instant.now();
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("""
                     SELECT s.officer_id, o.squad_id, greatest(s.last_fix_time, s.last_heartbeat_at, s.last_contact_at),
                            s.last_announcement, s.last_battery_pct, u.path
                       FROM officer_status s JOIN officer o ON o.id = s.officer_id AND o.active
                       JOIN org_unit u ON u.id = o.squad_id
                      WHERE greatest(s.last_contact_at, s.last_heartbeat_at) < ?
                        AND NOT EXISTS (SELECT 1 FROM alarm a WHERE a.officer_id = s.officer_id
                                          AND a.type = 'LOST_CONTACT' AND a.ended_at IS NULL)""")) {
            query.setTimestamp(1, Timestamp.from(now.minus(LOST_CONTACT_AFTER)));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long officerId = row.getLong(1);
                    if (!onDuty(db, officerId, now)) {
                        continue;
                    }
                    Instant since = row.getTimestamp(3).toInstant();
                    Long alarm = AlarmStore.lostContact(db, officerId, row.getLong(2), since,
                            lostReason(row.getString(4), row.getObject(5)));
                    silentOfficers.put(officerId, Boolean.TRUE);
                    if (alarm != null) {
                        Map<String, Object> news = EngineAlarmRows.byId(db, alarm);
                        String squadPath = row.getString(6);
                        afterCommit(() -> live.publish(AlarmNews.OPENED, squadPath, news), () -> { });
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "lost-contact check failed; trying again in a minute", e);
        }
    }

    private boolean onDuty(Connection db, long officerId, Instant now) throws SQLException {
        return DutyPlan.read(db, officerId, now, RuleBook.EMPTY).assignment().duty().onDuty(now);
    }

    private static String lostReason(String announcement, Object battery) {
        if (announcement != null) {
            return switch (announcement) {
                case "SHUTDOWN" -> "phone shutdown announced";
                case "APP_EXIT" -> "app exited";
                case "LOCATION_OFF" -> "location switched off";
                default -> announcement;
            };
        }
        if (battery instanceof Number level && level.intValue() <= 5) {
            return "battery low (" + level + "%)";
        }
        return "unknown";
    }
}

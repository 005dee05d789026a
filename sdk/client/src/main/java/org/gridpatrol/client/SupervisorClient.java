package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.Health;
import org.gridpatrol.model.alarm.AlarmAcknowledgement;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmDisposal;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.duty.OfficerDuty;
import org.gridpatrol.model.grid.GridView;

/**
 * The reads a supervisor's tool makes: health, grids, who is responsible for what, alarms; and
 * the handling of an alarm (acknowledge, handle).
 * Errors as in {@link GridPatrolClient}. Thread-safe.
 */
public final class SupervisorClient {
    /** The page size the alarm list is read with (the server's maximum). */
    static final int ALARM_PAGE = 1_000;

    private final ApiTransport api;
    private final GeoJson geoJson = new GeoJson(100_000);
    /** The desktop session token every call carries once {@link #signIn} succeeded. */
    private volatile String token;

    /**
     * @param api the transport to the server
     */
    public SupervisorClient(ApiTransport api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * {@code POST auth/login}: signs in as a supervisor; later calls carry the session token.
     *
     * @param username the supervisor's account
     * @param password its password
     * @return the session, with its expiry and the signed-in user
     * @throws ProblemAnswer 401 for a wrong password, 423 for a locked account
     */
    public org.gridpatrol.model.account.LoginSession signIn(String username, String password) {
        org.gridpatrol.model.account.LoginSession session = api.post("auth/login", null,
                new org.gridpatrol.model.account.Login(username, password), org.gridpatrol.model.account.LoginSession.class);
        token = session.token();
        return session;
    }

    /**
     * {@code GET health}.
     *
     * @return the server's health when it is up
     * @throws ProblemAnswer 503 when it is down (the body says why in {@code detail})
     */
    public Health health() {
        return api.get("health", null, Health.class);
    }

    /**
     * {@code GET duty/officers/{id}/grids?at=}: the grids an officer is responsible for at an instant.
     *
     * @param officerId the officer
     * @param at        the instant
     * @return his grids then (none outside his shifts)
     * @throws ProblemAnswer 404 when there is no such officer in scope
     */
    public OfficerDuty officerGrids(long officerId, Instant at) {
        return api.get("duty/officers/" + officerId + "/grids?at=" + encode(at.toString()), token, OfficerDuty.class);
    }

    /**
     * {@code GET grids?kind=&orgUnit=}: the live grids, geometries at full precision.
     *
     * @param kind      only grids of this kind, or null for all
     * @param orgUnitId only the grids of this org unit's subtree, or null for all
     * @return the grids in id order
     */
    public List<GridFeature> grids(String kind, Long orgUnitId) {
        StringJoiner query = new StringJoiner("&", "grids?", "").setEmptyValue("grids");
        if (kind != null) {
            query.add("kind=" + encode(kind));
        }
        if (orgUnitId != null) {
            query.add("orgUnit=" + orgUnitId);
        }
        JsonNode collection = api.get(query.toString(), token, JsonNode.class);
        List<GridFeature> grids = new ArrayList<>();
        for (JsonNode f : collection.path("features")) {
            JsonNode p = f.path("properties");
            grids.add(new GridFeature(f.path("id").asLong(), p.path("kind").asText(null), p.path("name").asText(null),
                    p.hasNonNull("code") ? p.get("code").asText() : null, p.path("orgUnitId").asLong(),
                    geoJson.readPolygonal(f.get("geometry"))));
        }
        return grids;
    }

    /**
     * {@code GET grids/{id}}.
     *
     * @param id the grid
     * @return the grid with its GeoJSON geometry (read it with {@link GeoJson#readPolygonal})
     * @throws ProblemAnswer 404 {@code grid.unknown}
     */
    public GridView grid(long id) {
        return api.get("grids/" + id, token, GridView.class);
    }

    /**
     * {@code GET alarms?from=&to=}, every page: the alarms overlapping [from, to).
     *
     * @param from start of the period
     * @param to   end of the period
     * @return the alarms, as the server orders them (newest start first)
     * @throws ProblemAnswer 404 when the server has no alarm list
     */
    public List<AlarmView> alarms(Instant from, Instant to) {
        List<AlarmView> all = new ArrayList<>();
        Set<AlarmView> seen = new HashSet<>(); // by value: the contract does not promise an id
        for (int offset = 0; ; offset += ALARM_PAGE) {
            List<AlarmView> page = api.get("alarms?from=" + encode(from.toString()) + "&to=" + encode(to.toString())
                    + "&offset=" + offset + "&limit=" + ALARM_PAGE, token, new TypeReference<List<AlarmView>>() { });
            boolean fresh = false;
            for (AlarmView a : page) {
                if (seen.add(a)) {
                    all.add(a);
                    fresh = true;
                }
            }
            // a server that ignores paging sends the same page again
            if (page.size() < ALARM_PAGE || !fresh) {
                return all;
            }
        }
    }

    /**
     * {@code GET alarms/{id}}: one alarm with its evidence (the fixes that opened and closed it) and
     * its handling record.
     *
     * @param id the alarm
     * @return the alarm; keep its {@link AlarmDetail#version()} to acknowledge or handle it
     * @throws ProblemAnswer 404 {@code alarm.unknown} when absent or outside the caller's scope
     */
    public AlarmDetail alarm(long id) {
        return api.get("alarms/" + id, token, AlarmDetail.class);
    }

    /**
     * {@code POST alarms/{id}/acknowledge}: OPEN ▸ ACKNOWLEDGED.
     *
     * @param id      the alarm
     * @param version the version read with {@link #alarm(long)}
     * @param note    a note, or null
     * @return the alarm after the step
     * @throws ProblemAnswer 409 {@code alarm.stale-version} (someone else changed it: reload) or
     *                       {@code alarm.not-open}; 404 {@code alarm.unknown}; 403 without the permission
     */
    public AlarmDetail acknowledgeAlarm(long id, int version, String note) {
        return api.post("alarms/" + id + "/acknowledge", token, new AlarmAcknowledgement(version, note), AlarmDetail.class);
    }

    /**
     * {@code POST alarms/{id}/handle}: OPEN or ACKNOWLEDGED ▸ HANDLED.
     *
     * @param id          the alarm
     * @param version     the version read with {@link #alarm(long)}
     * @param disposition CONFIRMED, EXCUSED or FALSE_ALARM
     * @param note        a note, or null
     * @return the alarm after the step
     * @throws ProblemAnswer 409 {@code alarm.stale-version} or {@code alarm.already-handled};
     *                       422 {@code alarm.disposition-unknown}; 404 {@code alarm.unknown}
     */
    public AlarmDetail handleAlarm(long id, int version, String disposition, String note) {
        return api.post("alarms/" + id + "/handle", token, new AlarmDisposal(version, disposition, note), AlarmDetail.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

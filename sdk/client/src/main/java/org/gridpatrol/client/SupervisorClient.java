package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        // By id where the server sends one (else by value): alarms raised while the pages are read push
        // older ones onto the next page, and one that changed in between (closed) is the same alarm.
        Map<Object, AlarmView> seen = new LinkedHashMap<>();
        for (int offset = 0; ; offset += ALARM_PAGE) {
            List<AlarmView> page = api.get("alarms?from=" + encode(from.toString()) + "&to=" + encode(to.toString())
                    + "&offset=" + offset + "&limit=" + ALARM_PAGE, token, new TypeReference<List<AlarmView>>() { });
            boolean fresh = false;
            for (AlarmView a : page) {
                fresh |= seen.put(a.id() != 0 ? a.id() : a, a) == null;
            }
            // a server that ignores paging sends the same page again
            if (page.size() < ALARM_PAGE || !fresh) {
                return new ArrayList<>(seen.values());
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

    /**
     * {@code GET grids/{id}/coverage}: how much of a grid one officer or one squad came near.
     *
     * @param gridId    the grid
     * @param officerId the officer, or null when a squad is asked for
     * @param squadId   the squad, or null when an officer is asked for
     * @param from      start of the window
     * @param to        end of the window (at most 31 days later)
     * @param bufferM   how near a track must come, 1 to 200 metres
     * @return the coverage with the covered area as GeoJSON
     * @throws ProblemAnswer 400 {@code coverage.*} for a bad question, 404 for a grid or officer out of scope
     */
    public org.gridpatrol.model.coverage.GridCoverage coverage(long gridId, Long officerId, Long squadId, Instant from,
                                                               Instant to, double bufferM) {
        String who = officerId != null ? "officer=" + officerId : "squad=" + squadId;
        return api.get("grids/" + gridId + "/coverage?" + who + "&from=" + encode(from.toString()) + "&to="
                + encode(to.toString()) + "&buffer=" + bufferM, token, org.gridpatrol.model.coverage.GridCoverage.class);
    }

    /**
     * {@code GET reports/duty}: the duty report of an org unit's officers, made while waiting.
     *
     * @param orgUnitId the org unit (its subtree)
     * @param period    DAY, WEEK or MONTH
     * @param date      a day of the period
     * @return the report, officers by rank
     */
    public org.gridpatrol.model.report.DutyReport dutyReport(long orgUnitId, org.gridpatrol.model.report.ReportPeriod period,
                                                             java.time.LocalDate date) {
        return api.get("reports/duty?orgUnit=" + orgUnitId + "&period=" + period + "&date=" + date, token,
                org.gridpatrol.model.report.DutyReport.class);
    }

    /**
     * {@code POST report-jobs}: starts a duty report in the background.
     *
     * @param request which report
     * @return the queued job; poll {@link #reportJob} for its progress
     */
    public org.gridpatrol.model.report.ReportJob startReport(org.gridpatrol.model.report.NewReportJob request) {
        return api.post("report-jobs", token, request, org.gridpatrol.model.report.ReportJob.class);
    }

    /**
     * {@code GET report-jobs/{id}}.
     *
     * @param id the job
     * @return its state and progress
     */
    public org.gridpatrol.model.report.ReportJob reportJob(long id) {
        return api.get("report-jobs/" + id, token, org.gridpatrol.model.report.ReportJob.class);
    }

    /**
     * {@code DELETE report-jobs/{id}}: cancels a queued or running job.
     *
     * @param id the job
     * @return the job, CANCELLED
     * @throws ProblemAnswer 409 {@code report-job.finished} when it has ended
     */
    public org.gridpatrol.model.report.ReportJob cancelReport(long id) {
        return api.delete("report-jobs/" + id, token, org.gridpatrol.model.report.ReportJob.class);
    }

    /**
     * {@code GET report-jobs/{id}/result?format=json}.
     *
     * @param id a DONE job
     * @return its report
     * @throws ProblemAnswer 409 {@code report-job.not-done} before it is done
     */
    public org.gridpatrol.model.report.DutyReport reportResult(long id) {
        return api.get("report-jobs/" + id + "/result?format=json", token, org.gridpatrol.model.report.DutyReport.class);
    }

    /**
     * {@code GET report-jobs/{id}/result?format=xlsx|pdf}: the report as a file to save.
     *
     * @param id     a DONE job
     * @param format {@code xlsx} or {@code pdf}
     * @return the file's bytes
     */
    public byte[] reportFile(long id, String format) {
        return api.download("report-jobs/" + id + "/result?format=" + encode(format), token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * {@code GET org-units/{id}/location-strategy}.
     *
     * @param orgUnitId the unit
     * @return the strategy in force there, its own or inherited
     * @throws ProblemAnswer 404 when the unit is outside the supervisor's scope
     */
    public org.gridpatrol.model.strategy.StrategyInForce unitLocationStrategy(long orgUnitId) {
        return api.get("org-units/" + orgUnitId + "/location-strategy", token, org.gridpatrol.model.strategy.StrategyInForce.class);
    }

    /**
     * {@code PUT org-units/{id}/location-strategy}: the phones of the subtree without an override of
     * their own get the change at once through their messages.
     *
     * @param orgUnitId the unit
     * @param strategy  a profile, or CUSTOM with all four values
     * @return the strategy now in force there
     * @throws ProblemAnswer 422 {@code strategy.*} naming what is wrong
     */
    public org.gridpatrol.model.strategy.StrategyInForce setUnitLocationStrategy(long orgUnitId,
            org.gridpatrol.model.strategy.LocationStrategy strategy) {
        return api.put("org-units/" + orgUnitId + "/location-strategy", token, strategy,
                org.gridpatrol.model.strategy.StrategyInForce.class);
    }

    /**
     * {@code GET officers/{id}/location-strategy}.
     *
     * @param officerId the officer
     * @return the strategy in force for him, and whether his phone follows it
     */
    public org.gridpatrol.model.strategy.StrategyInForce officerLocationStrategy(long officerId) {
        return api.get("officers/" + officerId + "/location-strategy", token, org.gridpatrol.model.strategy.StrategyInForce.class);
    }

    /**
     * {@code POST officers/{id}/notices}.
     *
     * @param officerId the officer
     * @param text      what his phone shows
     * @return how many phones it was queued for (1)
     */
    public org.gridpatrol.model.mobile.NoticeReceipt noticeToOfficer(long officerId, String text) {
        return api.post("officers/" + officerId + "/notices", token, new org.gridpatrol.model.mobile.Notice(text),
                org.gridpatrol.model.mobile.NoticeReceipt.class);
    }

    /**
     * {@code POST org-units/{id}/notices}.
     *
     * @param orgUnitId the unit: every active officer of its subtree gets it
     * @param text      what the phones show
     * @return how many phones it was queued for
     */
    public org.gridpatrol.model.mobile.NoticeReceipt noticeToUnit(long orgUnitId, String text) {
        return api.post("org-units/" + orgUnitId + "/notices", token, new org.gridpatrol.model.mobile.Notice(text),
                org.gridpatrol.model.mobile.NoticeReceipt.class);
    }
}

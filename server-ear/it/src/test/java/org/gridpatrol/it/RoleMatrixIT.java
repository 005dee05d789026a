package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every endpoint of the API: allowed ones get past the permission check
 * (whatever the request then answers: 200, 404 for an absent id, 422 for an empty body), denied
 * ones get 403 {@code auth.forbidden}, and without credentials 401 {@code token.missing}. The
 * expectations are written out here, apart from the server's role table.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {
    private static final long ABSENT = 999_999_999L;
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** Who calls. */
    enum Who { SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR, SUPERVISOR, OFFICER, INTEGRATION, ANONYMOUS }

    private static final Set<Who> AUTHENTICATED = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

    private record Endpoint(String method, String path, String body, Set<Who> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Endpoint e(String method, String path, String body, Who... allowed) {
        return new Endpoint(method, path, body, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(allowed[0], allowed));
    }

    private static Endpoint e(String method, String path, String body, Set<Who> allowed) {
        return new Endpoint(method, path, body, allowed);
    }

    private static List<Endpoint> endpoints(Territory t) {
        Territory.Squad a = t.a;
        long officer = a.officer().id();
        Who sys = Who.SYSTEM_ADMIN;
        Who sec = Who.SECURITY_ADMIN;
        Who aud = Who.AUDITOR;
        Who sup = Who.SUPERVISOR;
        Who off = Who.OFFICER;
        Who integ = Who.INTEGRATION;
        List<Endpoint> all = new ArrayList<>();
        // org tree
        all.add(e("GET", "/org-units", null, sys, sec, sup, integ));
        all.add(e("GET", "/org-units/" + t.bureau, null, sys, sec, sup, integ));
        all.add(e("GET", "/org-units/" + t.bureau + "/subtree", null, sys, sec, sup, integ));
        all.add(e("POST", "/org-units", "{}", sys, sup));
        all.add(e("POST", "/org-units/" + a.id() + "/rename", "{}", sys, sup));
        all.add(e("POST", "/org-units/" + a.id() + "/move", "{}", sys, sup));
        all.add(e("POST", "/org-units/" + ABSENT + "/deactivate", null, sys, sup));
        // officers and devices
        all.add(e("GET", "/officers/" + officer, null, sup, integ));
        all.add(e("GET", "/officers/" + officer + "/squad-history", null, sup, integ));
        all.add(e("GET", "/officers/" + officer + "/attendance", null, sup, integ));
        all.add(e("GET", "/org-units/" + t.bureau + "/officers", null, sup, integ));
        all.add(e("POST", "/officers", "{}", sup));
        all.add(e("PUT", "/officers/" + officer, "{}", sup));
        all.add(e("POST", "/officers/" + ABSENT + "/deactivate", null, sup));
        all.add(e("POST", "/officers/" + officer + "/transfer", "{}", sup));
        all.add(e("GET", "/officers/" + officer + "/devices", null, sup));
        all.add(e("POST", "/officers/" + officer + "/devices", "{}", sup));
        all.add(e("GET", "/devices/" + a.device(), null, sup));
        all.add(e("POST", "/devices/" + ABSENT + "/deactivate", null, sup));
        // grids
        all.add(e("GET", "/grids", null, sup, integ));
        all.add(e("GET", "/grids/" + a.grid(), null, sup, integ));
        all.add(e("GET", "/grids/" + a.grid() + "/versions", null, sup, integ));
        all.add(e("GET", "/grids/topology?orgUnit=" + t.bureau, null, sup, integ));
        all.add(e("GET", "/grids/export?orgUnit=" + t.bureau, null, sup, integ));
        all.add(e("POST", "/grids", "{}", sup));
        all.add(e("PUT", "/grids/" + a.grid(), "{}", sup));
        all.add(e("POST", "/grids/" + a.grid() + "/retire", "{}", sup));
        all.add(e("POST", "/grids/check", "{}", sup));
        all.add(e("POST", "/grids/import?dryRun=true", "{\"type\":\"FeatureCollection\",\"features\":[]}", sup));
        // assignments, shifts, holidays, duty
        all.add(e("GET", "/assignments?gridId=" + a.grid(), null, sup, integ));
        all.add(e("GET", "/assignments/" + a.assignment(), null, sup, integ));
        all.add(e("POST", "/assignments", "{}", sup));
        all.add(e("POST", "/assignments/" + ABSENT + "/end", "{}", sup));
        all.add(e("GET", "/shifts/" + a.shift(), null, sup, integ));
        all.add(e("GET", "/org-units/" + a.id() + "/shifts", null, sup, integ));
        all.add(e("POST", "/shifts", "{}", sup));
        all.add(e("PUT", "/shifts/" + ABSENT, "{}", sup));
        all.add(e("POST", "/shifts/" + ABSENT + "/deactivate", null, sup));
        all.add(e("GET", "/holidays?orgUnitId=" + a.id(), null, sys, sup, integ));
        all.add(e("POST", "/holidays", "{}", sys, sup));
        all.add(e("DELETE", "/holidays/" + ABSENT, null, sys, sup));
        all.add(e("GET", "/duty/grids/" + a.grid() + "/on-duty", null, sup, integ));
        all.add(e("GET", "/duty/officers/" + officer + "/grids", null, sup, integ));
        // alarms, geometry
        all.add(e("GET", "/alarms", null, sup, integ));
        all.add(e("GET", "/alarms/counts", null, sup, integ));
        all.add(e("GET", "/alarms/" + a.alarm(), null, sup, integ));
        all.add(e("POST", "/alarms/" + ABSENT + "/acknowledge", "{}", sup));
        all.add(e("POST", "/alarms/" + ABSENT + "/handle", "{}", sup));
        all.add(e("GET", "/alarm-rules", null, sup));
        all.add(e("POST", "/alarm-rules", "{}", sup));
        all.add(e("GET", "/alarm-rules/effective?orgUnit=" + a.id(), null, sup));
        all.add(e("POST", "/geometry/measure", "{}", sup));
        // incidents, photos, tracks
        all.add(e("GET", "/incident-categories", null, sup, off, integ));
        all.add(e("GET", "/incidents", null, sup, integ));
        all.add(e("GET", "/photos/" + ABSENT + "/original", null, sup));
        all.add(e("GET", "/photos/" + ABSENT + "/marked", null, sup));
        all.add(e("GET", "/tracks/" + officer + "?from=2026-11-01T00:00:00%2B08:00&to=2026-11-01T08:00:00%2B08:00", null,
                sup, integ));
        all.add(e("GET", "/officers/positions", null, sup, integ));
        // location strategies, notices, face check, clock records
        all.add(e("GET", "/org-units/" + a.id() + "/location-strategy", null, sup));
        all.add(e("PUT", "/org-units/" + a.id() + "/location-strategy", "{}", sup));
        all.add(e("GET", "/officers/" + officer + "/location-strategy", null, sup));
        all.add(e("PUT", "/officers/" + officer + "/location-strategy", "{}", sup));
        all.add(e("DELETE", "/officers/" + ABSENT + "/location-strategy", null, sup));
        all.add(e("POST", "/officers/" + officer + "/notices", "{}", sup));
        all.add(e("POST", "/org-units/" + a.id() + "/notices", "{}", sup));
        // tasks to the phone
        all.add(e("GET", "/tasks", null, sup));
        all.add(e("GET", "/tasks/" + ABSENT, null, sup));
        all.add(e("POST", "/tasks", "{}", sup));
        all.add(e("GET", "/mobile/tasks", null, off));
        all.add(e("POST", "/mobile/tasks/" + ABSENT + "/accept", "{}", off));
        all.add(e("POST", "/mobile/tasks/" + ABSENT + "/complete", "{}", off));
        all.add(e("GET", "/shifts/" + a.shift() + "/face-check", null, sup, integ));
        all.add(e("PUT", "/shifts/" + ABSENT + "/face-check", "{}", sup));
        all.add(e("GET", "/officers/" + officer + "/clock-events", null, sup, integ));
        // checkpoints, plans, routes, a squad's tracks
        all.add(e("GET", "/checkpoints", null, sup));
        all.add(e("GET", "/checkpoints/" + ABSENT, null, sup));
        all.add(e("POST", "/checkpoints", "{}", sup));
        all.add(e("PUT", "/checkpoints/" + ABSENT, "{}", sup));
        all.add(e("DELETE", "/checkpoints/" + ABSENT, null, sup));
        all.add(e("GET", "/plans", null, sup));
        all.add(e("GET", "/plans/" + ABSENT, null, sup));
        all.add(e("POST", "/plans", "{}", sup));
        all.add(e("PUT", "/plans/" + ABSENT, "{}", sup));
        all.add(e("DELETE", "/plans/" + ABSENT, null, sup));
        all.add(e("GET", "/plans/" + ABSENT + "/visits", null, sup));
        all.add(e("GET", "/plans/" + ABSENT + "/route", null, sup));
        all.add(e("POST", "/routes", "{}", sup));
        all.add(e("GET", "/tracks?squad=" + a.id() + "&from=2026-11-01T00:00:00%2B08:00&to=2026-11-01T08:00:00%2B08:00", null,
                sup, integ));
        // coverage, reports, report jobs
        all.add(e("GET", "/grids/" + a.grid() + "/coverage?officer=" + officer
                + "&from=2026-11-01T00:00:00%2B08:00&to=2026-11-01T08:00:00%2B08:00", null, sup));
        all.add(e("GET", "/reports/duty?orgUnit=" + a.id() + "&period=DAY&date=2026-11-01", null, sup));
        all.add(e("POST", "/report-jobs", "{}", sup));
        all.add(e("GET", "/report-jobs/" + ABSENT, null, sup));
        all.add(e("DELETE", "/report-jobs/" + ABSENT, null, sup));
        all.add(e("GET", "/report-jobs/" + ABSENT + "/result?format=pdf", null, sup));
        // the integration API and webhooks
        all.add(e("GET", "/integration/org-units", null, sys, sec, sup, integ));
        all.add(e("GET", "/integration/officers", null, sup, integ));
        all.add(e("GET", "/integration/alarms", null, sup, integ));
        all.add(e("GET", "/integration/alarms/" + a.alarm(), null, sup, integ));
        all.add(e("GET", "/integration/incidents", null, sup, integ));
        all.add(e("GET", "/integration/incidents/" + ABSENT, null, sup, integ));
        all.add(e("GET", "/integration/grids", null, sup, integ));
        all.add(e("GET", "/integration/attendance?from=2026-11-01", null, sup, integ));
        all.add(e("GET", "/integration/duty-summaries?from=2026-11-01", null, sup, integ));
        all.add(e("GET", "/integration/tracks?from=2026-11-01T00:00:00%2B08:00&to=2026-11-01T08:00:00%2B08:00&format=csv",
                null, sup, integ));
        all.add(e("GET", "/webhooks", null, sec));
        all.add(e("POST", "/webhooks", "{}", sec));
        all.add(e("GET", "/webhooks/" + ABSENT, null, sec));
        all.add(e("POST", "/webhooks/" + ABSENT + "/deactivate", null, sec));
        all.add(e("GET", "/webhooks/" + ABSENT + "/deliveries", null, sec));
        all.add(e("POST", "/webhooks/" + ABSENT + "/deliveries/" + ABSENT + "/replay", null, sec));
        // the phone
        all.add(e("GET", "/mobile/profile", null, off));
        all.add(e("GET", "/mobile/messages?wait=0", null, off));
        all.add(e("POST", "/mobile/positions", "{\"fixes\":[]}", off));
        all.add(e("POST", "/mobile/heartbeats", "{}", off));
        all.add(e("POST", "/mobile/clock", "{}", off));
        all.add(e("GET", "/mobile/attendance", null, off));
        all.add(e("POST", "/mobile/check-ins", "{}", off));
        all.add(e("POST", "/mobile/incidents", "{}", off));
        // accounts, keys, audit
        all.add(e("GET", "/accounts", null, sec));
        all.add(e("GET", "/accounts/" + ABSENT, null, sec));
        all.add(e("POST", "/accounts", "{}", sec));
        all.add(e("PUT", "/accounts/" + ABSENT, "{}", sec));
        all.add(e("POST", "/accounts/" + ABSENT + "/deactivate", null, sec));
        all.add(e("POST", "/accounts/" + ABSENT + "/unlock", null, sec));
        all.add(e("POST", "/accounts/" + ABSENT + "/reset-password", "{}", sec));
        all.add(e("GET", "/api-keys", null, sec));
        all.add(e("POST", "/api-keys", "{}", sec));
        all.add(e("POST", "/api-keys/" + ABSENT + "/revoke", null, sec));
        all.add(e("GET", "/audit", null, aud));
        all.add(e("GET", "/audit/verify", null, aud));
        // GeoServer publishing (an empty request stops at 422: no GeoServer address)
        all.add(e("POST", "/admin/geoserver/publish", "{}", sys));
        // anyone logged in; anyone at all
        all.add(e("GET", "/auth/me", null, AUTHENTICATED));
        all.add(e("GET", "/health", null, EVERYONE));
        all.add(e("POST", "/auth/login", "{}", EVERYONE));
        all.add(e("POST", "/auth/password", "{}", EVERYONE));
        all.add(e("POST", "/mobile/sign-in", "{}", EVERYONE));
        all.add(e("POST", "/mobile/password", "{}", EVERYONE));
        all.add(e("POST", "/mobile/refresh", "{\"refreshToken\":\"not-a-token\"}", EVERYONE));
        return all;
    }

    private static Map<Who, Api.As> identities(Territory t) throws Exception {
        Map<Who, Api.As> who = new LinkedHashMap<>();
        who.put(Who.SYSTEM_ADMIN, Api.as(Accounts.token(null, "SYSTEM_ADMIN")));
        who.put(Who.SECURITY_ADMIN, Api.as(Accounts.token(null, "SECURITY_ADMIN")));
        who.put(Who.AUDITOR, Api.as(Accounts.token(null, "AUDITOR")));
        who.put(Who.SUPERVISOR, Api.as(Accounts.token(t.bureau, "SUPERVISOR")));
        who.put(Who.OFFICER, Api.as(Territory.signIn(t.a.officer())));
        Api.Answer key = who.get(Who.SECURITY_ADMIN).post("/api-keys", Fixtures.json("name", "matrix",
                "orgUnitId", t.bureau, "scopes", List.of("org:read", "officer:read", "grid:read", "assignment:read",
                        "shift:read", "holiday:read", "duty:read", "alarm:read", "incident:read", "track:read")));
        assertEquals(201, key.status(), key.raw().body());
        who.put(Who.INTEGRATION, Api.apiKey(key.body().path("key").asText()));
        who.put(Who.ANONYMOUS, Api.anonymous());
        return who;
    }

    @Test
    void theEventStreamIsForAlarmReadersOnly() throws Exception {
        Territory territory = Territory.create();
        Map<Who, Api.As> identities = identities(territory);
        Set<Who> allowed = EnumSet.of(Who.SUPERVISOR, Who.INTEGRATION);
        for (Map.Entry<Who, Api.As> identity : identities.entrySet()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/events"))
                    .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).GET();
            if (identity.getValue().header() != null) {
                request.header(identity.getValue().header(), identity.getValue().value());
            }
            HttpResponse<InputStream> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                Who who = identity.getKey();
                int expected = allowed.contains(who) ? 200 : who == Who.ANONYMOUS ? 401 : 403;
                assertEquals(expected, answer.statusCode(), who + " on /events");
            }
        }
    }

    private static Api.Answer call(Api.As as, Endpoint endpoint) {
        return switch (endpoint.method()) {
            case "GET" -> as.get(endpoint.path());
            case "POST" -> as.post(endpoint.path(), endpoint.body() == null ? "" : endpoint.body());
            case "PUT" -> as.put(endpoint.path(), endpoint.body());
            case "DELETE" -> as.delete(endpoint.path());
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }

    private static String code(Api.Answer answer) {
        return answer.body() == null ? "" : answer.body().path("code").asText();
    }

    @TestFactory
    Stream<DynamicTest> eachRoleReachesExactlyTheEndpointsOfItsPermissions() throws Exception {
        Territory territory = Territory.create();
        Map<Who, Api.As> identities = identities(territory);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints(territory)) {
            for (Map.Entry<Who, Api.As> identity : identities.entrySet()) {
                Who who = identity.getKey();
                boolean allowed = endpoint.allowed().contains(who);
                tests.add(DynamicTest.dynamicTest(who + (allowed ? " may " : " may not ") + endpoint, () -> {
                    Api.Answer answer = call(identity.getValue(), endpoint);
                    String detail = who + " " + endpoint + " -> " + answer.status() + " " + answer.raw().body();
                    assertNotEquals(500, answer.status(), detail);
                    if (allowed) {
                        assertTrue(!code(answer).equals("auth.forbidden") && !code(answer).equals("token.missing"), detail);
                    } else if (who == Who.ANONYMOUS) {
                        assertEquals(401, answer.status(), detail);
                        assertEquals("token.missing", code(answer), detail);
                    } else {
                        assertEquals(403, answer.status(), detail);
                        assertEquals("auth.forbidden", code(answer), detail);
                    }
                }));
            }
        }
        return tests.stream();
    }
}

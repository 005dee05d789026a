package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity authentication: desktop login and its session token (idle timeout, absolute end,
 * logout), the account lock after five wrong passwords, the password policy and the forced change
 * at first login, deactivation and password reset ending every token at once, API keys, and the
 * limit of failed logins per client address.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {
    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static Api.Answer login(String username, String password) {
        return Api.anonymous().post("/auth/login", json("username", username, "password", password));
    }

    private static void sql(String statement, Object... parameters) throws Exception {
        try (Connection db = PrivateDatabase.connect(); PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    @Test
    void aLoginGivesATokenThatStandsForTheAccountUntilLogout() throws Exception {
        long squad = District.officer().squadId();
        Accounts.Account account = Accounts.create(squad, "SUPERVISOR");
        Api.Answer session = login(account.username().toUpperCase(java.util.Locale.ROOT), account.password());
        assertEquals(200, session.status(), session.raw().body());
        assertEquals(1800, session.body().path("idleTimeoutSeconds").asLong());
        assertTrue(session.raw().headers().firstValue("Set-Cookie").isEmpty(), "no session cookie");

        Api.As as = Api.as(session.body().path("token").asText());
        JsonNode me = as.get("/auth/me").body();
        assertEquals(account.id(), me.path("userId").asLong());
        assertEquals("SUPERVISOR", me.path("roles").get(0).asText());
        assertEquals(squad, me.path("orgUnitId").asLong());
        assertTrue(me.path("permissions").toString().contains("grid:write"));

        assertEquals(204, as.post("/auth/logout", "").status());
        assertProblem(as.get("/auth/me"), 401, "token.invalid");
        assertProblem(Api.as("made-up").get("/auth/me"), 401, "token.invalid");
        assertProblem(Api.anonymous().get("/grids"), 401, "token.missing");
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndAfterItsLastMoment() throws Exception {
        Accounts.Account account = Accounts.create(null, "AUDITOR");
        String idle = Accounts.login(account);
        String old = Accounts.login(account);
        Api.As active = Api.as(Accounts.login(account));
        assertEquals(200, Api.as(idle).get("/audit/verify").status());

        sql("UPDATE auth_token SET issued_at = now() - interval '2 hours', last_used_at = now() - interval '31 minutes'"
                + " WHERE token_hash = ?", org.gridpatrol.server.account.PasswordHash.tokenHash(idle));
        sql("UPDATE auth_token SET issued_at = now() - interval '13 hours', expires_at = now() - interval '1 hour',"
                + " last_used_at = now() WHERE token_hash = ?", org.gridpatrol.server.account.PasswordHash.tokenHash(old));
        assertProblem(Api.as(idle).get("/audit/verify"), 401, "token.invalid");
        assertProblem(Api.as(old).get("/audit/verify"), 401, "token.invalid");
        assertEquals(200, active.get("/audit/verify").status(), "the account's other session goes on");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesUntilTheSecurityAdministratorUnlocksIt() throws Exception {
        Accounts.Account account = Accounts.create(null, "AUDITOR");
        for (int i = 1; i <= 4; i++) {
            assertProblem(login(account.username(), "Wrong-password-" + i), 401, "auth.refused");
        }
        Instant before = Instant.now();
        Api.Answer fifth = login(account.username(), "Wrong-password-5");
        assertProblem(fifth, 423, "auth.locked");
        Instant until = Instant.parse(fifth.body().path("lockedUntil").asText());
        assertTrue(Duration.between(before, until).toMinutes() >= 14 && Duration.between(before, until).toMinutes() <= 15,
                "locked until " + until);
        assertProblem(login(account.username(), account.password()), 423, "auth.locked");

        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        JsonNode locked = security.get("/accounts/" + account.id()).body();
        assertEquals(until, Instant.parse(locked.path("lockedUntil").asText()));
        assertEquals(200, security.post("/accounts/" + account.id() + "/unlock", "").status());
        assertEquals(200, login(account.username(), account.password()).status());
    }

    @Test
    void wrongPasswordsOnThePhoneLockTheOfficersAccountToo() throws Exception {
        District.Officer officer = District.officer();
        Api.Answer last = null;
        for (int i = 0; i < 5; i++) {
            last = Api.anonymous().post("/mobile/sign-in", json("badgeNo", officer.badge(), "password", "nope-" + i,
                    "deviceId", officer.deviceUid()));
        }
        assertProblem(last, 423, "auth.locked");
        assertProblem(Api.anonymous().post("/mobile/sign-in", json("badgeNo", officer.badge(),
                "password", officer.password(), "deviceId", officer.deviceUid())), 423, "auth.locked");
    }

    @Test
    void anAccountMadeByTheSecurityAdministratorMustChangeItsPasswordUnderThePolicyBeforeWorking() throws Exception {
        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        long squad = District.officer().squadId();
        String username = Fixtures.unique("wang");
        Api.Answer weak = security.post("/accounts", json("username", username, "displayName", "王督查",
                "password", "abc", "roles", List.of("SUPERVISOR"), "orgUnitId", squad));
        assertProblem(weak, 422, "password.policy");
        Api.Answer created = security.post("/accounts", json("username", username, "displayName", "王督查",
                "password", "Initial-Pass-1", "roles", List.of("SUPERVISOR"), "orgUnitId", squad));
        assertEquals(201, created.status(), created.raw().body());
        assertTrue(created.body().path("mustChangePassword").asBoolean());

        assertProblem(login(username, "Initial-Pass-1"), 403, "auth.password-change-required");

        Api.Answer tooSimple = Api.anonymous().post("/auth/password", json("username", username,
                "password", "Initial-Pass-1", "newPassword", "abcdefghijkl"));
        assertProblem(tooSimple, 422, "password.policy");
        assertEquals("password.too-simple", tooSimple.body().path("errors").get(0).path("code").asText());
        Api.Answer sameAgain = Api.anonymous().post("/auth/password", json("username", username,
                "password", "Initial-Pass-1", "newPassword", "Initial-Pass-1"));
        assertEquals("password.reused", sameAgain.body().path("errors").get(0).path("code").asText(), sameAgain.raw().body());
        assertProblem(Api.anonymous().post("/auth/password", json("username", username,
                "password", "not-the-password", "newPassword", "Own-Pass-2026")), 401, "auth.refused");

        assertEquals(204, Api.anonymous().post("/auth/password", json("username", username,
                "password", "Initial-Pass-1", "newPassword", "Own-Pass-2026")).status());
        assertProblem(login(username, "Initial-Pass-1"), 401, "auth.refused");
        assertEquals(200, login(username, "Own-Pass-2026").status());
    }

    @Test
    void noneOfTheLastFivePasswordsComesBackAndAnOldPasswordExpires() throws Exception {
        Accounts.Account account = Accounts.create(null, "AUDITOR");
        List<String> passwords = new ArrayList<>(List.of(account.password()));
        for (int i = 2; i <= 6; i++) {
            String next = "Rotation-" + i + "-pass";
            assertEquals(204, Api.anonymous().post("/auth/password", json("username", account.username(),
                    "password", passwords.get(passwords.size() - 1), "newPassword", next)).status());
            passwords.add(next);
        }
        String current = passwords.get(5);
        for (String recent : passwords.subList(1, 6)) {
            Api.Answer reuse = Api.anonymous().post("/auth/password", json("username", account.username(),
                    "password", current, "newPassword", recent));
            assertEquals("password.reused", reuse.body().path("errors").get(0).path("code").asText(), recent);
        }
        assertEquals(204, Api.anonymous().post("/auth/password", json("username", account.username(),
                "password", current, "newPassword", passwords.get(0))).status(), "the sixth back may return");

        sql("UPDATE app_user SET password_changed_at = now() - interval '91 days' WHERE id = ?", account.id());
        assertProblem(login(account.username(), passwords.get(0)), 403, "auth.password-change-required");
    }

    @Test
    void anOfficerWhosePasswordWasResetSetsHisOwnFromThePhoneBeforeSigningIn() throws Exception {
        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        District.Officer officer = District.officer();
        long user = Fixtures.count("SELECT user_id FROM officer WHERE id = ?", officer.id());
        assertEquals(200, security.post("/accounts/" + user + "/reset-password", json("password", "Reset-Pass-2026")).status());

        Api.Answer forced = phoneSignIn(officer, "Reset-Pass-2026");
        assertProblem(forced, 403, "password.change-required");
        assertFalse(forced.body().has("accessToken"), "no token before the change: " + forced.raw().body());
        assertEquals("SET_FOR_YOU", forced.body().path("reason").asText());

        Api.Answer tooSimple = phonePassword(officer, officer.deviceUid(), "Reset-Pass-2026", "abcdefghijkl");
        assertProblem(tooSimple, 422, "password.policy");
        assertEquals("password.too-simple", tooSimple.body().path("errors").get(0).path("code").asText());
        Api.Answer reused = phonePassword(officer, officer.deviceUid(), "Reset-Pass-2026", officer.password());
        assertEquals("password.reused", reused.body().path("errors").get(0).path("code").asText(), reused.raw().body());
        assertProblem(phonePassword(officer, officer.deviceUid(), "not-the-password", "Phone-Pass-2026"), 401, "sign-in.refused");
        assertProblem(phonePassword(officer, "someone-elses-phone", "Reset-Pass-2026", "Phone-Pass-2026"), 401,
                "sign-in.device-not-registered");
        assertProblem(Api.anonymous().post("/mobile/password", json("badgeNo", officer.badge())), 400,
                "password-change.incomplete");

        assertEquals(204, phonePassword(officer, officer.deviceUid(), "Reset-Pass-2026", "Phone-Pass-2026").status());
        assertEquals(1, Fixtures.count("SELECT count(*) FROM audit_log WHERE action = 'PASSWORD_CHANGE' AND actor_user_id = ?",
                user));
        assertProblem(phoneSignIn(officer, "Reset-Pass-2026"), 401, "sign-in.refused");
        Api.Answer signedIn = phoneSignIn(officer, "Phone-Pass-2026");
        assertEquals(200, signedIn.status(), signedIn.raw().body());
        assertFalse(signedIn.body().path("accessToken").asText().isBlank());

        sql("UPDATE app_user SET password_changed_at = now() - interval '91 days' WHERE id = ?", user);
        Api.Answer expired = phoneSignIn(officer, "Phone-Pass-2026");
        assertProblem(expired, 403, "password.change-required");
        assertEquals("EXPIRED", expired.body().path("reason").asText());
    }

    private static Api.Answer phoneSignIn(District.Officer officer, String password) {
        return Api.anonymous().post("/mobile/sign-in", json("badgeNo", officer.badge(), "password", password,
                "deviceId", officer.deviceUid()));
    }

    private static Api.Answer phonePassword(District.Officer officer, String device, String oldPassword, String newPassword) {
        return Api.anonymous().post("/mobile/password", json("badgeNo", officer.badge(), "deviceId", device,
                "oldPassword", oldPassword, "newPassword", newPassword));
    }

    @Test
    void deactivationAndPasswordResetEndEveryTokenOfTheAccountAtOnce() throws Exception {
        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        Territory t = Territory.create();
        Accounts.Account supervisor = Accounts.create(t.a.id(), "SUPERVISOR");
        Api.As desk = Api.as(Accounts.login(supervisor));
        assertEquals(200, desk.get("/grids").status());
        assertEquals(200, security.post("/accounts/" + supervisor.id() + "/deactivate", "").status());
        assertProblem(desk.get("/grids"), 401, "token.invalid");
        assertProblem(login(supervisor.username(), supervisor.password()), 401, "auth.refused");

        String phone = Territory.signIn(t.a.officer());
        long officerAccount = Fixtures.count("SELECT user_id FROM officer WHERE id = ?", t.a.officer().id());
        Api.Answer reset = security.post("/accounts/" + officerAccount + "/reset-password", json("password", "Reset-Pass-2026"));
        assertEquals(200, reset.status(), reset.raw().body());
        assertTrue(reset.body().path("mustChangePassword").asBoolean());
        assertProblem(Api.as(phone).post("/mobile/positions", "{\"fixes\":[]}"), 401, "token.invalid");
    }

    @Test
    void administratorsKeepTheirDutiesApartAndNobodyAdministersHimself() throws Exception {
        Accounts.Account admin = Accounts.create(null, "SECURITY_ADMIN");
        Api.As security = Api.as(Accounts.login(admin));
        Api.Answer both = security.post("/accounts", json("username", Fixtures.unique("both"), "displayName", "两职",
                "password", "Initial-Pass-1", "roles", List.of("SYSTEM_ADMIN", "AUDITOR")));
        assertProblem(both, 422, "account.invalid");
        assertEquals("account.separation-of-duties", both.body().path("errors").get(0).path("code").asText());
        Api.Answer auditorSupervisor = security.post("/accounts", json("username", Fixtures.unique("mix"),
                "displayName", "混", "password", "Initial-Pass-1", "roles", List.of("AUDITOR", "SUPERVISOR"),
                "orgUnitId", District.orgUnit()));
        assertEquals("account.separation-of-duties", auditorSupervisor.body().path("errors").get(0).path("code").asText());
        assertProblem(security.put("/accounts/" + admin.id(), json("displayName", "我", "roles",
                List.of("SECURITY_ADMIN", "SUPERVISOR"), "orgUnitId", null)), 422, "account.self-change");
        assertProblem(security.post("/accounts/" + admin.id() + "/deactivate", ""), 422, "account.self-change");
    }

    @Test
    void anApiKeyReadsWithinItsScopesUntilRevoked() throws Exception {
        Api.As security = Api.as(Accounts.token(null, "SECURITY_ADMIN"));
        long unit = District.orgUnit();
        assertProblem(security.post("/api-keys", json("name", "越权", "orgUnitId", unit,
                "scopes", List.of("grid:write"))), 422, "api-key.invalid");
        Api.Answer created = security.post("/api-keys", json("name", "城管大数据平台", "orgUnitId", unit,
                "scopes", List.of("grid:read")));
        assertEquals(201, created.status(), created.raw().body());
        String key = created.body().path("key").asText();
        assertTrue(key.startsWith(created.body().path("prefix").asText() + "."));
        assertFalse(security.get("/api-keys").raw().body().contains(key), "the key is shown once only");

        Api.As client = Api.apiKey(key);
        assertEquals(200, client.get("/grids").status());
        assertProblem(client.get("/officers/1"), 403, "auth.forbidden");
        assertProblem(client.post("/grids", "{}"), 403, "auth.forbidden");
        assertProblem(Api.apiKey(key.substring(0, key.length() - 1) + "x").get("/grids"), 401, "api-key.invalid");

        assertEquals(200, security.post("/api-keys/" + created.body().path("id").asLong() + "/revoke", "").status());
        assertProblem(client.get("/grids"), 401, "api-key.invalid");
    }

    @Test
    void anAddressWithTwentyFailedLoginsIsHeldOff() throws Exception {
        // from 127.0.0.2, so the other tests' logins from 127.0.0.1 are not held off
        String body = json("username", Fixtures.unique("nobody"), "password", "Wrong-password-1");
        for (int i = 0; i < 20; i++) {
            assertTrue(rawPost("127.0.0.2", "/api/v1/auth/login", body).startsWith("HTTP/1.1 401"));
        }
        String held = rawPost("127.0.0.2", "/api/v1/auth/login", body);
        assertTrue(held.startsWith("HTTP/1.1 429"), held);
        assertTrue(held.contains("auth.rate-limited") && held.toLowerCase(java.util.Locale.ROOT).contains("retry-after:"), held);
        assertEquals(401, login(Fixtures.unique("nobody"), "Wrong-password-1").status(), "127.0.0.1 is not held off");
    }

    /** An HTTP/1.1 POST from a given local address; returns the whole answer as text. */
    private static String rawPost(String localAddress, String path, String json) throws IOException {
        URI base = URI.create(System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080"));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}

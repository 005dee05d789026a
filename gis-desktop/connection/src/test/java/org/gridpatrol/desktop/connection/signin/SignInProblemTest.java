package org.gridpatrol.desktop.connection.signin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.Locale;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInProblemTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SERVER = "https://patrol.bureau.local:8443";
    private final ObjectMapper json = new ObjectMapper();
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void wrongPasswordSaysAccountOrPasswordIsWrong() throws Exception {
        SignInProblem problem = SignInProblem.of(refusal(401, "{\"code\":\"auth.refused\",\"detail\":\"x\"}"), SERVER, SHANGHAI);
        assertEquals("MSG_BadCredentials", problem.key());
        assertEquals("Wrong account or password.", problem.text());
    }

    @Test
    void lockedAccountNamesTheEndOfTheLockInLocalTime() throws Exception {
        SignInProblem problem = SignInProblem.of(refusal(423,
                "{\"code\":\"auth.locked\",\"lockedUntil\":\"2026-11-27T02:15:00Z\"}"), SERVER, SHANGHAI);
        assertEquals("MSG_LockedUntil", problem.key());
        assertArrayEquals(new Object[] {"10:15"}, problem.args());
        assertTrue(problem.text().contains("locked until 10:15"), problem.text());
    }

    @Test
    void lockedWithoutAnEndStillSaysLocked() throws Exception {
        assertEquals("MSG_LockedForAWhile",
                SignInProblem.of(refusal(423, "{\"code\":\"auth.locked\"}"), SERVER, SHANGHAI).key());
    }

    @Test
    void expiredPasswordAsksForANewOne() throws Exception {
        SignInProblem problem = SignInProblem.of(refusal(403, "{\"code\":\"auth.password-change-required\"}"), SERVER,
                SHANGHAI);
        assertTrue(problem.passwordChangeRequired());
        assertFalse(SignInProblem.of(refusal(401, "{\"code\":\"auth.refused\"}"), SERVER, SHANGHAI)
                .passwordChangeRequired());
    }

    @Test
    void unreachableServerIsNamed() {
        SignInProblem problem = SignInProblem.of(new ServerException(0, null, "java.net.ConnectException", null),
                SERVER, SHANGHAI);
        assertEquals("MSG_NoAnswer", problem.key());
        assertTrue(problem.text().contains(SERVER), problem.text());
    }

    @Test
    void untrustedCertificateIsNotReportedAsNoAnswer() {
        SignInProblem problem = SignInProblem.of(new ServerException(0, "client.untrusted-certificate", "x", null),
                SERVER, SHANGHAI);
        assertEquals("MSG_CertificateNotTrusted", problem.key());
    }

    @Test
    void answerWithoutProblemJsonIsNotAGridPatrolServer() {
        SignInProblem problem = SignInProblem.of(new ServerException(405, null, "HTTP 405", null), SERVER, SHANGHAI);
        assertEquals("MSG_NotGridPatrol", problem.key());
    }

    @Test
    void rateLimitGivesTheWait() throws Exception {
        SignInProblem problem = SignInProblem.of(refusal(429,
                "{\"code\":\"auth.rate-limited\",\"retryAfterSeconds\":42}"), SERVER, SHANGHAI);
        assertEquals("Too many failed sign-ins from this computer: try again in 42 s.", problem.text());
    }

    @Test
    void chineseIsTheDefaultLanguage() throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("\u8d26\u53f7\u6216\u5bc6\u7801\u9519\u8bef\u3002",
                SignInProblem.of(refusal(401, "{\"code\":\"auth.refused\"}"), SERVER, SHANGHAI).text());
    }

    @Test
    void unknownCodeKeepsTheServersSentence() throws Exception {
        SignInProblem problem = SignInProblem.of(refusal(400, "{\"code\":\"auth.other\",\"detail\":\"odd\"}"), SERVER,
                SHANGHAI);
        assertTrue(problem.text().endsWith("odd"), problem.text());
    }

    private ServerException refusal(int status, String body) throws Exception {
        JsonNode problem = json.readTree(body);
        return new ServerException(status, problem.path("code").asText(null), problem.path("detail").asText("detail"),
                problem);
    }
}

package org.gridpatrol.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gridpatrol.model.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = new PasswordPolicy(10, 3, 5, Duration.ofDays(90));

    private static List<String> codes(String username, String password) {
        return POLICY.violations("/newPassword", username, password).stream().map(Problem.FieldError::code).toList();
    }

    @Test
    void tenCharactersOfThreeClassesPass() {
        assertEquals(List.of(), codes("zhangsan", "Grid-patrol7"));
        assertEquals(List.of(), codes("zhangsan", "abcdefgh1!"), "lower, digit, other");
        assertEquals(List.of(), codes("zhangsan", "网格巡查Patrol9"), "CJK counts as other characters");
    }

    @Test
    void nineCharactersAreTooShort() {
        assertEquals(List.of("password.too-short"), codes("zhangsan", "Abcdef1!x"));
    }

    @Test
    void twoClassesAreTooSimple() {
        assertEquals(List.of("password.too-simple"), codes("zhangsan", "abcdefghijk1"));
        assertEquals(List.of("password.too-simple"), codes("zhangsan", "ABCDEFGHIJKL!"));
    }

    @Test
    void theLoginNameMayNotBeInsideIgnoringCase() {
        assertEquals(List.of("password.contains-username"), codes("zhangsan", "ZhangSan-2026"));
    }

    @Test
    void everyRuleBrokenIsNamed() {
        assertEquals(List.of("password.too-short", "password.too-simple"), codes("zhangsan", "abc"));
        assertEquals(List.of("password.missing"), codes("zhangsan", ""));
    }

    @Test
    void hugeInputIsRefusedBeforeHashing() {
        assertTrue(codes("zhangsan", "Aa1!".repeat(100)).contains("password.too-long"));
    }

    @Test
    void aPasswordExpiresAfterTheMaximumAgeOrWhenAnAdministratorSetIt() {
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        LoginAccount fresh = account(false, now.minus(Duration.ofDays(89)));
        LoginAccount old = account(false, now.minus(Duration.ofDays(91)));
        LoginAccount reset = account(true, now);
        assertFalse(fresh.passwordChangeRequired(now, POLICY.maxAge()));
        assertTrue(old.passwordChangeRequired(now, POLICY.maxAge()));
        assertFalse(old.passwordChangeRequired(now, Duration.ZERO), "zero: passwords never expire");
        assertTrue(reset.passwordChangeRequired(now, POLICY.maxAge()));
    }

    private static LoginAccount account(boolean mustChange, Instant changedAt) {
        return new LoginAccount(1, "zhangsan", "x", true, null, mustChange, changedAt, null, null, Set.of(Role.SUPERVISOR));
    }
}

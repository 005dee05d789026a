package org.gridpatrol.desktop.connection.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordChangeTest {
    @Test
    void twoEqualEntriesWillDo() {
        assertNull(PasswordChange.check("Grid-2026!".toCharArray(), "Grid-2026!".toCharArray()));
    }

    @Test
    void differentEntriesAreRefusedBeforeAskingTheServer() {
        assertEquals("MSG_NewPasswordsDiffer", PasswordChange.check("Grid-2026!".toCharArray(), "Grid-2025!".toCharArray()));
    }

    @Test
    void anEmptyNewPasswordIsRefused() {
        assertEquals("MSG_NewPasswordEmpty", PasswordChange.check(new char[0], new char[0]));
    }
}

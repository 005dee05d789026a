package org.gridpatrol.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridpatrol.server.account.PasswordHash;
import org.gridpatrol.server.account.PasswordPolicy;
import org.junit.jupiter.api.Test;

class OneTimePasswordTest {

    @Test
    void theServerAcceptsTheHashTheInstallerWrites() {
        String password = OneTimePassword.newPassword();
        String hash = OneTimePassword.hash(password);
        assertTrue(PasswordHash.matches(password, hash));
        assertFalse(PasswordHash.matches(password + "x", hash));
    }

    @Test
    void oneTimePasswordsMeetTheDefaultPolicyForEachFirstAdministrator() {
        PasswordPolicy policy = new PasswordPolicy(10, 3, 5, java.time.Duration.ofDays(90));
        for (int i = 0; i < 200; i++) {
            String password = OneTimePassword.newPassword();
            for (String admin : new String[] {"sysadmin", "secadmin", "auditor"}) {
                assertEquals(java.util.List.of(), policy.violations("/newPassword", admin, password), password);
            }
        }
    }

    @Test
    void twoPasswordsDiffer() {
        assertNotEquals(OneTimePassword.newPassword(), OneTimePassword.newPassword());
    }
}

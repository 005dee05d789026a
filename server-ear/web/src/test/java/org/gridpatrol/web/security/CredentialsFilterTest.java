package org.gridpatrol.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.apache.shiro.authc.AuthenticationException;
import org.junit.jupiter.api.Test;

class CredentialsFilterTest {
    @Test
    void aRealmThatCannotReachTheDatabaseIsAnOutageNotBadCredentials() {
        SQLException refused = new SQLException("Connection refused", "08001");
        AuthenticationException wrapped = new AuthenticationException("Authentication failed",
                new EJBException(new IllegalStateException("token check failed in the database", refused)));
        assertTrue(CredentialsFilter.databaseAway(wrapped));
    }

    @Test
    void anUnknownTokenIsBadCredentials() {
        assertFalse(CredentialsFilter.databaseAway(new AuthenticationException("unknown, expired or revoked credentials")));
        assertFalse(CredentialsFilter.databaseAway(new AuthenticationException("x",
                new IllegalStateException(new SQLException("syntax", "42601")))));
    }
}

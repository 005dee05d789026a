package org.gridpatrol.web.security;

import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.gridpatrol.server.account.PasswordHash;
import org.gridpatrol.server.account.PasswordPolicy;

/**
 * Checks a login's password against the stored {@link PasswordHash} (PBKDF2-HMAC-SHA256,
 * {@code pbkdf2-sha256$iterations$salt$hash}); bearer tokens and API keys were matched by
 * their hash when the realm found them.
 */
final class PasswordHashMatcher implements CredentialsMatcher {
    @Override
    public boolean doCredentialsMatch(AuthenticationToken token, AuthenticationInfo info) {
        if (!(token instanceof UsernamePasswordToken login)) {
            return true;
        }
        char[] password = login.getPassword();
        if (password == null || password.length == 0 || password.length > PasswordPolicy.MAX_LENGTH) {
            return false;
        }
        return PasswordHash.matches(new String(password), (String) info.getCredentials());
    }
}

package org.gridpatrol.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.gridpatrol.server.account.ApiKeyService;
import org.gridpatrol.server.account.Identity;
import org.gridpatrol.server.account.LoginAccount;
import org.gridpatrol.server.account.Logins;
import org.gridpatrol.server.account.PasswordHash;
import org.gridpatrol.server.account.PasswordPolicy;
import org.gridpatrol.server.account.Tokens;

/**
 * The one realm of GridPatrol, over {@code app_user}, {@code role}, {@code user_role},
 * {@code auth_token} and {@code api_key}: passwords at login, bearer tokens (desktop sessions and
 * phones) and API keys on every other request. Permissions come from the roles through
 * {@link org.gridpatrol.server.account.Permissions}; nothing is cached, so a change of roles,
 * a deactivation or a revocation counts from the next request.
 */
public class GridPatrolRealm extends AuthorizingRealm {
    /** Checked when the login name is unknown, so both answers take as long. */
    private static final String DUMMY_HASH = PasswordHash.hash("no such account, but as slow as one");

    public GridPatrolRealm() {
        super(new PasswordHashMatcher());
        setName("gridpatrol");
        setAuthenticationTokenClass(AuthenticationToken.class);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken || token instanceof ApiKeyToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        if (token instanceof UsernamePasswordToken login) {
            LoginAccount account = service(Logins.class).find(login.getUsername());
            if (account == null) {
                char[] password = login.getPassword() == null ? new char[0] : login.getPassword();
                if (password.length <= PasswordPolicy.MAX_LENGTH) {
                    PasswordHash.matches(new String(password), DUMMY_HASH);
                }
                throw new UnknownAccountException("unknown login name");
            }
            if (account.lockedAt(Instant.now())) {
                throw new AccountLockedException(account.lockedUntil());
            }
            return new SimpleAuthenticationInfo(account, account.passwordHash(), getName());
        }
        Identity identity;
        if (token instanceof BearerToken bearer) {
            Identity device = Tokens.rememberedDevice(bearer.getToken());
            identity = device != null ? device : service(Tokens.class).resolve(bearer.getToken());
        } else {
            identity = service(ApiKeyService.class).resolve((String) token.getCredentials());
        }
        if (identity == null) {
            throw new AuthenticationException("unknown, expired or revoked credentials");
        }
        return new SimpleAuthenticationInfo(identity, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principals.getPrimaryPrincipal() instanceof Identity identity) {
            identity.roles().forEach(role -> info.addRole(role.name()));
            info.addStringPermissions(identity.permissions());
        }
        return info;
    }

    private static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }
}

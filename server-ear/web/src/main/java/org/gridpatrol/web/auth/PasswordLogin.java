package org.gridpatrol.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.account.LoginAccount;
import org.gridpatrol.server.account.Logins;
import org.gridpatrol.server.audit.AuditRecord.Outcome;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.security.AccountLockedException;
import org.gridpatrol.web.security.CredentialsFilter;
import org.gridpatrol.web.security.LoginThrottle;

/**
 * A login name and password checked through Shiro (the realm finds the account, its
 * credentials matcher checks the hash), with the bookkeeping around it: too many failures from
 * the address (429), a locked account (423), a wrong password counted towards the lock, and an
 * audit row for each refusal. Unknown name, wrong password and deactivated account get the
 * same answer.
 */
@ApplicationScoped
public class PasswordLogin {
    static final String CHANNEL = "desktop";

    @Inject
    private Logins logins;

    @Inject
    private LoginThrottle throttle;

    /**
     * @return the account, whose password was right
     * @throws ProblemException 400, 401 {@code auth.refused}, 423 {@code auth.locked}, 429 {@code auth.rate-limited}
     */
    public LoginAccount check(String username, String password, String address) {
        long wait = throttle.retryAfterSeconds(address);
        if (wait > 0) {
            logins.refused(username, null, address, CHANNEL, Outcome.DENIED, "too many failed logins from the address");
            throw new ProblemException(Problem.of(429, "auth.rate-limited", "Too many requests",
                    "too many failed logins from your address: try again in " + wait + " s")
                    .with("retryAfterSeconds", wait));
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ProblemException.badRequest("auth.incomplete", "send username and password");
        }
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password, false, address));
        } catch (UnknownAccountException e) {
            throttle.failed(address);
            logins.refused(username, null, address, CHANNEL, Outcome.FAILURE, "unknown login name");
            throw refused();
        } catch (AccountLockedException e) {
            LoginAccount account = logins.find(username);
            logins.refused(username, account == null ? null : account.id(), address, CHANNEL, Outcome.DENIED,
                    "account locked");
            throw locked(e.until());
        } catch (IncorrectCredentialsException e) {
            throttle.failed(address);
            LoginAccount account = logins.find(username);
            Instant lockedUntil = account == null ? null : logins.failed(account, address, CHANNEL);
            throw lockedUntil != null ? locked(lockedUntil) : refused();
        } catch (AuthenticationException e) {
            if (CredentialsFilter.databaseAway(e)) {
                throw ProblemException.unavailable("database.unavailable", "the database cannot be reached; retry shortly");
            }
            throttle.failed(address);
            logins.refused(username, null, address, CHANNEL, Outcome.FAILURE, "refused: " + e.getMessage());
            throw refused();
        }
        LoginAccount account = (LoginAccount) subject.getPrincipal();
        subject.logout();
        if (!account.active()) {
            throttle.failed(address);
            logins.refused(account.username(), account.id(), address, CHANNEL, Outcome.DENIED, "account deactivated");
            throw refused();
        }
        return account;
    }

    private static ProblemException refused() {
        return new ProblemException(Problem.of(401, "auth.refused", "Unauthorized", "login name or password is wrong"));
    }

    private static ProblemException locked(Instant until) {
        return new ProblemException(Problem.of(423, "auth.locked", "Locked",
                "too many wrong passwords: the account is locked until " + until
                        + "; wait, or ask a security administrator to unlock it").with("lockedUntil", until.toString()));
    }
}

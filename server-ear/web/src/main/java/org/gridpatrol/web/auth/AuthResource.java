package org.gridpatrol.web.auth;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.account.CurrentUser;
import org.gridpatrol.model.account.Login;
import org.gridpatrol.model.account.LoginSession;
import org.gridpatrol.model.account.PasswordChange;
import org.gridpatrol.server.account.Identity;
import org.gridpatrol.server.account.IssuedToken;
import org.gridpatrol.server.account.LoginAccount;
import org.gridpatrol.server.account.Logins;
import org.gridpatrol.server.account.PasswordPolicy;
import org.gridpatrol.server.account.Passwords;
import org.gridpatrol.server.account.Tokens;
import org.gridpatrol.server.audit.AuditLog;
import org.gridpatrol.server.audit.AuditRecord;
import org.gridpatrol.server.audit.AuditRecord.Outcome;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.web.audit.NotAudited;
import org.gridpatrol.web.scope.CallerScope;
import org.gridpatrol.web.security.Public;

/**
 * {@code /api/v1/auth}: desktop login and logout, and changing one's password. A login whose
 * password must change (first login, reset, expiry) is refused with 403
 * {@code auth.password-change-required} until {@code POST /auth/password}.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    private PasswordLogin passwordLogin;
    @Inject
    private Logins logins;
    @Inject
    private Passwords passwords;
    @Inject
    private Tokens tokens;
    @Inject
    private AuditLog audit;
    @Inject
    private CallerScope callers;

    @Context
    private HttpServletRequest http;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    @NotAudited("writes LOGIN and LOCKOUT rows itself")
    public LoginSession login(Login request) {
        String address = http.getRemoteAddr();
        LoginAccount account = passwordLogin.check(request == null ? null : request.username(),
                request == null ? null : request.password(), address);
        if (account.passwordChangeRequired(Instant.now(), PasswordPolicy.current().maxAge())) {
            logins.refused(account.username(), account.id(), address, PasswordLogin.CHANNEL, Outcome.DENIED,
                    account.mustChangePassword() ? "password change required" : "password expired");
            throw new ProblemException(Problem.of(403, "auth.password-change-required", "Password change required",
                    (account.mustChangePassword() ? "this password was set for you" : "this password has expired")
                            + ": set your own with POST /api/v1/auth/password, then log in"));
        }
        IssuedToken token = logins.openSession(account, address);
        Identity identity = new Identity(Identity.Kind.SESSION, 0, account.id(), account.username(),
                account.orgUnitId(), account.scopePath(), account.roles(), java.util.Set.of(), null);
        return new LoginSession(token.token(), token.expiresAt(), Tokens.IDLE.toSeconds(), currentUser(identity));
    }

    /** Body: login name, current password, new password. Every token of the account ends. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    @NotAudited("writes PASSWORD_CHANGE and LOGIN rows itself")
    public Response changePassword(PasswordChange request) {
        String address = http.getRemoteAddr();
        LoginAccount account = passwordLogin.check(request == null ? null : request.username(),
                request == null ? null : request.password(), address);
        passwords.change(account, request.newPassword(), address);
        return Response.noContent().build();
    }

    /** Ends the session whose token the request carries. */
    @POST
    @Path("logout")
    @RequiresAuthentication
    @NotAudited("writes a LOGOUT row itself")
    public Response logout() {
        Identity identity = callers.identity();
        if (identity.kind() == Identity.Kind.API_KEY) {
            throw ProblemException.unprocessable("auth.api-key-logout",
                    "an API key does not log out: a security administrator revokes it", null);
        }
        tokens.revoke(identity.credentialId());
        audit.record(AuditRecord.account(identity.name(), identity.userId(), http.getRemoteAddr(), "LOGOUT",
                Outcome.SUCCESS, Map.of("channel", identity.kind().name().toLowerCase(java.util.Locale.ROOT))));
        return Response.noContent().build();
    }

    /** @return who the request's credentials stand for, and what they may do */
    @GET
    @Path("me")
    @RequiresAuthentication
    public CurrentUser me() {
        return currentUser(callers.identity());
    }

    private static CurrentUser currentUser(Identity identity) {
        return new CurrentUser(identity.userId(), identity.name(), identity.kind().name(),
                identity.roles().stream().map(Enum::name).sorted().toList(),
                List.copyOf(identity.permissions()), identity.orgUnitId());
    }
}

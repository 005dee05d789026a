package org.gridpatrol.web.scope;

import jakarta.enterprise.context.RequestScoped;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.account.Identity;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Who the current request comes from, for the services' data-scope filter: built from the Shiro
 * subject the request's credentials logged in (his account id and the path of his org unit, or an
 * API key's org unit). A request that reaches a service without one is refused.
 */
@RequestScoped
public class CallerScope {
    /** @return the caller of the current request */
    public Caller current() {
        Identity identity = identity();
        if (identity == null) {
            throw new ProblemException(Problem.of(401, "token.missing", "Unauthorized",
                    "send credentials: 'Authorization: Bearer <token>' or 'X-Api-Key: <key>'"));
        }
        return identity.caller();
    }

    /** @return who the request's credentials stand for, or null when it sent none */
    public Identity identity() {
        try {
            return SecurityUtils.getSubject().getPrincipal() instanceof Identity identity ? identity : null;
        } catch (UnavailableSecurityManagerException e) {
            return null;
        }
    }
}

package org.gridpatrol.web.scope;

import jakarta.enterprise.context.RequestScoped;
import org.gridpatrol.server.scope.Caller;

/**
 * Who the current request comes from, for the services' data-scope filter. The one place the
 * security issue (Apache Shiro) changes: it will build the caller from the logged-in subject
 * (his app_user id and the path of his org unit). Until then every caller sees everything.
 */
@RequestScoped
public class CallerScope {
    /** @return the caller of the current request */
    public Caller current() {
        return Caller.unrestricted();
    }
}

package org.gridpatrol.web.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.audit.AuditEntry;
import org.gridpatrol.model.audit.AuditVerification;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.audit.AuditLog;
import org.gridpatrol.web.param.QueryParams;

/** {@code /api/v1/audit}: the audit log and its integrity check (auditor). */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    private AuditLog audit;

    /** {@code ?from=&to=&actor=&action=&outcome=&targetType=&targetId=&offset=&limit=}, newest first. */
    @GET
    @RequiresPermissions(Permissions.AUDIT_READ)
    public List<AuditEntry> find(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("actor") String actor, @QueryParam("action") String action,
                                 @QueryParam("outcome") String outcome, @QueryParam("targetType") String targetType,
                                 @QueryParam("targetId") String targetId, @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit) {
        return audit.find(new AuditLog.Filter(QueryParams.instant("from", from), QueryParams.instant("to", to),
                        blankToNull(actor), blankToNull(action), blankToNull(outcome), blankToNull(targetType),
                        blankToNull(targetId)),
                QueryParams.integer("offset", offset, 0), QueryParams.integer("limit", limit, 100));
    }

    /** @return whether the hash chain holds, and the first row where it breaks */
    @GET
    @Path("/verify")
    @RequiresPermissions(Permissions.AUDIT_READ)
    public AuditVerification verify() {
        return audit.verify();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.gridpatrol.web.message;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.model.mobile.Notice;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.message.MobileMessages;
import org.gridpatrol.web.scope.CallerScope;

/** {@code POST /api/v1/org-units/{id}/notices}: a notice to every active officer of the unit's subtree. */
@Path("/org-units/{id}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitNoticeResource {
    @Inject
    private MobileMessages messages;
    @Inject
    private CallerScope caller;

    @POST
    @RequiresPermissions(Permissions.NOTICE_SEND)
    public Response send(@PathParam("id") long id, Notice notice) {
        return Response.status(202).entity(messages.toUnit(caller.current(), id, notice)).build();
    }
}

package org.gridpatrol.web.incident;

import jakarta.inject.Inject;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridpatrol.model.incident.IncidentCategory;
import org.gridpatrol.server.incident.Incidents;

/** {@code /api/v1/incident-categories}: the category list phones (reporting) and desktops (reading) share. */
@Path("/incident-categories")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentCategoryResource {
    @Inject
    private Incidents incidents;

    @GET
    @RequiresPermissions(value = {Permissions.INCIDENT_READ, Permissions.MOBILE_UPLOAD}, logical = Logical.OR)
    public List<IncidentCategory> categories() {
        return incidents.categories();
    }
}

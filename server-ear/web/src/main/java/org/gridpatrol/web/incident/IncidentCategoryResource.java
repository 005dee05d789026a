package org.gridpatrol.web.incident;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridpatrol.model.incident.IncidentCategory;
import org.gridpatrol.server.incident.Incidents;

/** {@code /api/v1/incident-categories}: the category list phones and desktops share. */
@Path("/incident-categories")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentCategoryResource {
    @Inject
    private Incidents incidents;

    @GET
    public List<IncidentCategory> categories() {
        return incidents.categories();
    }
}

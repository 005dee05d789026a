package org.gridpatrol.web.health;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gridpatrol.model.Health;
import org.gridpatrol.server.health.HealthService;
import org.gridpatrol.web.security.Public;

/** {@code GET /api/v1/health}: 200 when the server can serve, 503 with the reason when not. */
@Path("/health")
public class HealthResource {
    @Inject
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Public
    public Response get() {
        Health report = health.check();
        return Response.status(report.up() ? 200 : 503).entity(report).build();
    }
}

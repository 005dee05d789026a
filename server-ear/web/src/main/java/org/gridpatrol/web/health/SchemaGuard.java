package org.gridpatrol.web.health;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.gridpatrol.database.SchemaState;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.schema.SchemaStartup;

/**
 * Refuses every request but health while the schema is not current: a half-migrated
 * database must not take writes.
 */
@Provider
@PreMatching
public class SchemaGuard implements ContainerRequestFilter {
    @Inject
    private SchemaStartup schema;

    @Override
    public void filter(ContainerRequestContext request) {
        SchemaState state = schema.state();
        if (state.current() || request.getUriInfo().getPath().startsWith("/health")) {
            return;
        }
        Problem problem = Problem.of(503, "schema.not-current", "Service unavailable", state.message())
                .at("/api/v1" + request.getUriInfo().getPath());
        request.abortWith(jakarta.ws.rs.core.Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", 30)
                .entity(problem)
                .build());
    }
}

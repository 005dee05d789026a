package org.gridpatrol.web.task;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskStep;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.task.PatrolTasks;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code /api/v1/mobile/tasks}: the signed-in officer's own tasks, and {@code /{id}/accept|complete}:
 * he takes the next step of one of them (another officer's is unknown, 404), with where his phone stood.
 */
@Path("/mobile/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AuditTarget("patrol_task")
@Tag(name = "tasks")
public class MobileTaskResource {
    @Inject
    private PatrolTasks tasks;
    @Inject
    private CallerScope callers;

    @GET
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @Operation(summary = "The officer's own tasks, newest first, optionally in one state")
    public List<Task> own(@QueryParam("state") String state) {
        return tasks.own(officer(), state);
    }

    @POST
    @Path("/{id}/accept")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @Operation(summary = "The officer accepts one of his tasks, with his position; 409 when not ASSIGNED")
    public Task accept(@PathParam("id") long id, TaskStep step) {
        return tasks.accept(officer(), id, step);
    }

    @POST
    @Path("/{id}/complete")
    @RequiresPermissions(Permissions.MOBILE_UPLOAD)
    @Operation(summary = "The officer completes an accepted task, with his position, optionally a photo and a note")
    public Task complete(@PathParam("id") long id, TaskStep step) {
        return tasks.complete(officer(), id, step);
    }

    private long officer() {
        return callers.identity().device().officerId();
    }
}

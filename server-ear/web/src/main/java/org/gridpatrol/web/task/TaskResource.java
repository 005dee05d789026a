package org.gridpatrol.web.task;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.task.PatrolTasks;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/** {@code /api/v1/tasks}: tasks supervisors give officers' phones (派发任务), in the caller's scope. */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("patrol_task")
@Tag(name = "tasks", description = "派发任务 · tasks supervisors give officers' phones")
public class TaskResource {
    @Inject
    private PatrolTasks tasks;
    @Inject
    private CallerScope caller;
    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.TASK_WRITE)
    @Operation(summary = "Give an officer of the caller's subtree a task; his phone gets a TASK message")
    public Response assign(TaskDraft draft) {
        Task task = tasks.assign(caller.current(), draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(task.id())).build()).entity(task).build();
    }

    @GET
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "Tasks of the caller's subtree, newest first, by officer and state (ASSIGNED, ACCEPTED, COMPLETED)")
    public List<Task> list(@QueryParam("officer") String officer, @QueryParam("state") String state) {
        return tasks.list(caller.current(), QueryParams.id("officer", officer), state);
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.TASK_READ)
    @Operation(summary = "One task with where and when each step was taken")
    public Task get(@PathParam("id") long id) {
        return tasks.get(caller.current(), id);
    }
}

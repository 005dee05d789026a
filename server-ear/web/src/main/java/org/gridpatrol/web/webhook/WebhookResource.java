package org.gridpatrol.web.webhook;

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
import org.gridpatrol.model.webhook.NewWebhook;
import org.gridpatrol.model.webhook.Webhook;
import org.gridpatrol.model.webhook.WebhookDelivery;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.webhook.WebhookService;
import org.gridpatrol.web.audit.AuditTarget;
import org.gridpatrol.web.param.QueryParams;
import org.gridpatrol.web.scope.CallerScope;

/**
 * {@code /api/v1/webhooks}: receivers of alarm and incident events (security administrator, like
 * API keys: both let data leave the system), their delivery log, and replay by hand.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@AuditTarget("webhook")
@Tag(name = "webhooks", description = "事件推送 · signed event deliveries to the bureau's systems")
public class WebhookResource {
    @Inject
    private WebhookService webhooks;

    @Inject
    private CallerScope caller;

    @Context
    private UriInfo uri;

    @GET
    @RequiresPermissions(Permissions.WEBHOOK_READ)
    @Operation(summary = "Webhooks of the caller's subtree, without their secrets")
    public List<Webhook> list() {
        return webhooks.list(caller.current());
    }

    /** @return the new webhook; its signing secret is in this answer only */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(Permissions.WEBHOOK_WRITE)
    @Operation(summary = "Register a receiver: URL, event types, org unit; the answer holds the signing secret, once")
    public Response create(NewWebhook request) {
        Webhook hook = webhooks.create(caller.current(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(hook.id())).build()).entity(hook).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(Permissions.WEBHOOK_READ)
    @Operation(summary = "One webhook")
    public Webhook get(@PathParam("id") long id) {
        return webhooks.get(caller.current(), id);
    }

    @POST
    @Path("/{id}/deactivate")
    @RequiresPermissions(Permissions.WEBHOOK_WRITE)
    @Operation(summary = "Stop sending to a webhook; its pending deliveries are given up")
    public Webhook deactivate(@PathParam("id") long id) {
        return webhooks.deactivate(caller.current(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @RequiresPermissions(Permissions.WEBHOOK_READ)
    @Operation(summary = "The delivery log, newest first: status, attempts, last error; page with before=<last id>")
    public List<WebhookDelivery> deliveries(@PathParam("id") long id, @QueryParam("status") String status,
                                            @QueryParam("before") String before, @QueryParam("limit") String limit) {
        return webhooks.deliveries(caller.current(), id, status, QueryParams.id("before", before),
                QueryParams.integer("limit", limit, 100));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @RequiresPermissions(Permissions.WEBHOOK_WRITE)
    @Operation(summary = "Send a delivery again now (same event id), with another day of retries")
    public WebhookDelivery replay(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.replay(caller.current(), id, deliveryId);
    }
}

package gov.linzhi.tasks.events;

import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import gov.linzhi.tasks.security.Caller;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Webhook subscriptions: events POSTed to another system, HMAC-signed, retried with backoff, every attempt logged. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "reports filed, tasks flagged, plans imported: a feed and webhooks for other systems")
@RolesAllowed(Roles.SUPERVISOR)
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "not the supervisor (FORBIDDEN)")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to events; the answer carries the signing secret, once (X-Linzhi-Signature: sha256=HMAC of the body)")
    @APIResponse(responseCode = "201", description = "subscribed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventApi.WebhookView.class)))
    @APIResponse(responseCode = "400", description = "not an http(s) URL, or an unknown event type (VALIDATION_FAILED)")
    public Response createWebhook(@Valid @NotNull EventApi.CreateWebhook body, @Context UriInfo uri) {
        EventApi.WebhookView created = webhooks.create(body, caller.user());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "The subscriptions (without their secrets)")
    @APIResponse(responseCode = "200", description = "the subscriptions")
    public ListPage<EventApi.WebhookView> listWebhooks(@BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(webhooks.list(), list.page, list.size, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a subscription (kept, with its delivery log, as inactive)")
    @APIResponse(responseCode = "204", description = "stopped")
    @APIResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND (TASK_NOT_FOUND)")
    public void deactivateWebhook(@PathParam("id") long id) {
        webhooks.deactivate(id, caller.user());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription, newest first: state, attempts, the last answer, the next attempt")
    @APIResponse(responseCode = "200", description = "the deliveries")
    @APIResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND (TASK_NOT_FOUND)")
    public ListPage<EventApi.DeliveryView> listWebhookDeliveries(@PathParam("id") long id, @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(webhooks.deliveries(id), list.page, list.size, request);
    }
}

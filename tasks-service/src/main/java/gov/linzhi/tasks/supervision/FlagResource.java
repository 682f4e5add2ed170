package gov.linzhi.tasks.supervision;

import gov.linzhi.tasks.rest.Examples;
import gov.linzhi.tasks.security.Caller;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 重点抽查督办: a supervisor flags a task with a note, or clears the flag. */
@Path("/api/v1/tasks/{taskId}/flag")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
@RolesAllowed(Roles.SUPERVISOR)
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "not a supervisor (FORBIDDEN)")
public class FlagResource {

    @Inject
    SupervisionService supervision;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag a task for 重点抽查督办 with a note (replaces an earlier note)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionApi.FlagRequest.class),
            examples = @ExampleObject(name = "flag", value = Examples.FLAG_REQUEST)))
    @APIResponse(responseCode = "200", description = "flagged", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisionApi.FlagView.class), examples = @ExampleObject(name = "flag", value = Examples.FLAG)))
    @APIResponse(responseCode = "400", description = "invalid body (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND")
    public SupervisionApi.FlagView flagTask(@PathParam("taskId") long taskId, @Valid @NotNull SupervisionApi.FlagRequest body) {
        TaskFlag f = supervision.flag(taskId, body.note(), caller.user());
        return new SupervisionApi.FlagView(f.taskId, f.note, f.flaggedBy, f.flaggedOn);
    }

    @DELETE
    @Operation(summary = "Clear a task's 重点抽查督办 flag")
    @APIResponse(responseCode = "204", description = "cleared")
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND or FLAG_NOT_FOUND")
    public void unflagTask(@PathParam("taskId") long taskId) {
        supervision.unflag(taskId, caller.user());
    }
}

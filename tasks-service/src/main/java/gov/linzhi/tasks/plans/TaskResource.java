package gov.linzhi.tasks.plans;

import gov.linzhi.tasks.rest.Examples;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One task: its stored view (cached provision text, always served) and its live provision from gazette-service. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "tasks with lead, co-departments, city leader, indicators and source")
@RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (FORBIDDEN)")
public class TaskResource {

    @Inject
    PlanService plans;

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a task with its cached provision text (served even when gazette-service is down)")
    @APIResponse(responseCode = "200", description = "the task", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.TaskView.class), examples = @ExampleObject(name = "3.1.4", value = Examples.TASK)))
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND")
    public PlanApi.TaskView getTask(@PathParam("id") long id) {
        return PlanApi.TaskView.of(plans.task(id));
    }

    @GET
    @Path("/{id}/provision")
    @Operation(summary = "Read the task's provision live from gazette-service (refreshes the cached text)")
    @APIResponse(responseCode = "200", description = "the provision as gazette-service serves it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.ProvisionView.class)))
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND, or PROVISION_NOT_FOUND in gazette-service")
    @APIResponse(responseCode = "422", description = "NO_GAZETTE_SOURCE: the task does not come from a gazette provision")
    @APIResponse(responseCode = "503", description = "GAZETTE_UNAVAILABLE; GET /api/v1/tasks/{id} still serves the cached text")
    public PlanApi.ProvisionView getTaskProvision(@PathParam("id") long id) {
        return plans.liveProvision(id);
    }
}

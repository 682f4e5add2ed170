package gov.linzhi.tasks.reports;

import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import gov.linzhi.tasks.rest.Examples;
import gov.linzhi.tasks.security.Caller;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Progress reports on a task: the lead files the official report, co-departments add contributions. */
@Path("/api/v1/tasks/{taskId}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "progress reports (H1 due 07-05, Q3 due 09-30, ANNUAL due 12-15)")
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (filing: department role) (FORBIDDEN)")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DEPARTMENT)
    // Only the task's lead and co-departments may file: the shared auth matrix tests another department.
    // (On @Operation, not the method: SmallRye copies a method's @Extension into its body and responses.)
    @Operation(summary = "File a progress report (lead: official report; co-department: contribution; a correction is a new version)",
            extensions = @Extension(name = "x-department-scoped", value = "true", parseValue = true))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportApi.FileReport.class),
            examples = @ExampleObject(name = "H1 report", value = Examples.FILE_REPORT)))
    @APIResponse(responseCode = "201", description = "filed; late=true when after the due date", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportApi.ReportView.class), examples = @ExampleObject(name = "late H1", value = Examples.REPORT)))
    @APIResponse(responseCode = "400", description = "invalid body (VALIDATION_FAILED)")
    @APIResponse(responseCode = "403", description = "not the department role, or DEPARTMENT_NOT_ASSIGNED (neither lead nor co-department), or UNKNOWN_CALLER_DEPARTMENT")
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND")
    @APIResponse(responseCode = "200", description = "the replay of an earlier filing with the same Idempotency-Key and body: the report "
            + "filed then (Idempotent-Replayed: true), nothing new recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportApi.ReportView.class)))
    @APIResponse(responseCode = "409", description = "REPORT_VERSION_CONFLICT: the same series was filed at the same moment; file again. " + "IDEMPOTENCY_KEY_REUSED: the key was used for another filing. IDEMPOTENCY_KEY_IN_FLIGHT: the same key at the same moment; send again")
    @APIResponse(responseCode = "422", description = "YEAR_OUTSIDE_PLAN or UNKNOWN_INDICATOR")
    public Response fileReport(@PathParam("taskId") long taskId, @Valid @NotNull ReportApi.FileReport body,
                         @Parameter(description = "Optional: the same key and body return the report filed the first time "
                                 + "(200, Idempotent-Replayed: true) instead of a new version; 1 to 200 characters", example = "h1-2020-renshe-001")
                         @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 200) String idempotencyKey,
                         @Context UriInfo uri) {
        ReportService.Filing filing = reports.file(taskId, body, caller.department().orElse(null), caller.user(), idempotencyKey);
        ProgressReport r = filing.report();
        Response.ResponseBuilder response = filing.replayed() ? Response.ok()
                : Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id)).build());
        return response.header(REPLAYED, String.valueOf(filing.replayed())).entity(ReportApi.ReportView.of(r, true)).build();
    }

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "Every report on the task, every version; current=false marks a superseded version")
    @APIResponse(responseCode = "200", description = "the reports")
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND")
    public ListPage<ReportApi.ReportView> listReports(@PathParam("taskId") long taskId, @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(reports.historyViews(taskId), list.page, list.size, request);
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "One report version")
    @APIResponse(responseCode = "200", description = "the report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportApi.ReportView.class), examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(responseCode = "404", description = "TASK_NOT_FOUND or REPORT_NOT_FOUND")
    public ReportApi.ReportView getReport(@PathParam("taskId") long taskId, @PathParam("reportId") long reportId) {
        List<ProgressReport> all = reports.history(taskId);
        ProgressReport r = all.stream().filter(x -> x.id == reportId).findFirst()
                .orElseThrow(() -> gov.linzhi.platform.problem.ApiException.notFound("REPORT_NOT_FOUND",
                        "task " + taskId + " has no report " + reportId));
        return ReportApi.ReportView.of(r, ReportService.isCurrent(r, all));
    }
}

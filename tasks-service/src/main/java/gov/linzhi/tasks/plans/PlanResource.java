package gov.linzhi.tasks.plans;

import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.exports.Exporter;
import gov.linzhi.tasks.rest.Examples;
import gov.linzhi.tasks.rest.Params;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;

/** Plans: list and read them, build one from a gazette document, load the office's task list, export. */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "任务分解方案: plans, areas and tasks")
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (reads: any role; writes: supervisor) (FORBIDDEN)")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    GazettePlanImporter importer;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "List the plans")
    @APIResponse(responseCode = "200", description = "every plan")
    public ListPage<PlanApi.PlanView> listPlans(@BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(plans.plans().stream().map(PlanApi.PlanView::of).toList(), list.page, list.size, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "Read a plan with its areas")
    @APIResponse(responseCode = "200", description = "the plan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.PlanView.class)))
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public PlanApi.PlanView getPlan(@PathParam("id") long id) {
        return PlanApi.PlanView.of(plans.plan(id));
    }

    @GET
    @Path("/{id}/tasks")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "List a plan's tasks in area order, with cached provision text")
    @APIResponse(responseCode = "200", description = "the tasks")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public ListPage<PlanApi.TaskView> listPlanTasks(@PathParam("id") long id, @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(plans.tasks(id).stream().map(PlanApi.TaskView::of).toList(), list.page, list.size, request);
    }

    @GET
    @Path("/{id}/calendar")
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "Read a plan's reporting calendar (报送时限): its periods, the day each is due, who set it")
    @APIResponse(responseCode = "200", description = "the calendar", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.Calendar.class)))
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public PlanApi.Calendar getPlanCalendar(@PathParam("id") long id) {
        return PlanApi.Calendar.of(plans.plan(id));
    }

    @PUT
    @Path("/{id}/calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Replace a plan's reporting calendar (audited as PLAN_CALENDAR_CHANGED with the calendar it replaced)")
    @APIResponse(responseCode = "200", description = "the new calendar", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.Calendar.class)))
    @APIResponse(responseCode = "400", description = "invalid body, a day no year has, or INVALID_CALENDAR (a period twice) (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public PlanApi.Calendar replacePlanCalendar(@PathParam("id") long id, @Valid @NotNull PlanApi.ChangeCalendar body) {
        return PlanApi.Calendar.of(plans.changeCalendar(id, body.entries(), body.countiesReport(), caller.user()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Create an empty plan with its areas (then load its tasks with /tasks/import)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanApi.CreatePlan.class),
            examples = @ExampleObject(name = "the notice's 112 tasks", value = Examples.CREATE_PLAN)))
    @APIResponse(responseCode = "201", description = "created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.PlanView.class)))
    @APIResponse(responseCode = "400", description = "invalid body (VALIDATION_FAILED)")
    @APIResponse(responseCode = "409", description = "PLAN_EXISTS")
    public Response createPlan(@Valid @NotNull PlanApi.CreatePlan body, @Context UriInfo uri) {
        return result(plans.create(body, caller.user()), uri, true);
    }

    @POST
    @Path("/import-from-gazette")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Build (or refresh) a plan from a document's responsibility clauses in gazette-service",
            description = "One task per （责任单位：…） clause; lead = first listed unit; 各县（区）人民政府 expands to the seven"
                    + " county governments as co-departments. Re-importing matches tasks by provision path and changes nothing that is unchanged.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanApi.ImportFromGazette.class),
            examples = @ExampleObject(name = "vocational plan", value = Examples.IMPORT_FROM_GAZETTE)))
    @APIResponse(responseCode = "201", description = "plan created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.ImportResult.class), examples = @ExampleObject(name = "created", value = Examples.IMPORT_RESULT)))
    @APIResponse(responseCode = "200", description = "plan existed; counts say what changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "invalid body, or INVALID_DOCUMENT_NUMBER: gazette-service reads no document number in it (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "DOCUMENT_NOT_FOUND in gazette-service (TASK_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "UNKNOWN_DEPARTMENT (a clause names a unit the registry does not know) or NO_RESPONSIBILITY_CLAUSES")
    @APIResponse(responseCode = "503", description = "GAZETTE_UNAVAILABLE")
    public Response importPlanFromGazette(@Valid @NotNull PlanApi.ImportFromGazette body, @Context UriInfo uri) {
        PlanService.Outcome outcome = importer.importPlan(body.documentNumber(), caller.user());
        return result(outcome, uri, false);
    }

    @POST
    @Path("/{id}/tasks/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Load the office's task list as CSV (all or nothing, errors numbered by line)")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "one task", value = Examples.TASK_ROWS_CSV)))
    @APIResponse(responseCode = "200", description = "imported; counts per outcome", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.ImportResult.class), examples = @ExampleObject(name = "imported", value = Examples.TASK_IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "MALFORMED_CSV (a CSV body), MALFORMED_SPREADSHEET (an .xlsx body), "
            + "malformed JSON (a JSON body) or no body (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "IMPORT_REJECTED: one violation per bad line; nothing imported")
    public PlanApi.ImportResult importPlanTasks(@PathParam("id") long id, @NotNull String body) {
        return outcomeView(plans.importRows(id, TaskCsv.parse(body), caller.user()));
    }

    @POST
    @Path("/{id}/tasks/import")
    @Consumes(Exporter.XLSX)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Load the office's task list from an Excel workbook with the export's Chinese headers "
            + "(GET /plans/{id}/export?format=xlsx, edited in Excel): all or nothing, errors numbered by row; the report columns are read-only")
    @RequestBody(content = @Content(mediaType = Exporter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "imported; counts per outcome", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.ImportResult.class), examples = @ExampleObject(name = "imported", value = Examples.TASK_IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "MALFORMED_SPREADSHEET (not a readable .xlsx), MALFORMED_CSV (a CSV body), "
            + "malformed JSON (a JSON body) or no body (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "IMPORT_REJECTED: one violation per bad row; nothing imported")
    public PlanApi.ImportResult importPlanTasksFromSpreadsheet(@PathParam("id") long id, @NotNull byte[] body) {
        return outcomeView(plans.importRows(id, TaskSheet.parse(body), caller.user()));
    }

    @POST
    @Path("/{id}/tasks/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Load the office's task list as JSON (all or nothing, errors numbered by item)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskRow.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one task", value = Examples.TASK_ROWS_JSON)))
    @APIResponse(responseCode = "200", description = "imported; counts per outcome", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanApi.ImportResult.class), examples = @ExampleObject(name = "imported", value = Examples.TASK_IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "MALFORMED_CSV (a CSV body), MALFORMED_SPREADSHEET (an .xlsx body), "
            + "malformed JSON (a JSON body) or no body (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "IMPORT_REJECTED: one violation per bad item; nothing imported")
    public PlanApi.ImportResult importJson(@PathParam("id") long id, @NotNull @Size(max = 2000) List<@Valid TaskRow> body) {
        LinkedHashMap<String, TaskRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            rows.put("item " + (i + 1), body.get(i) == null ? TaskRowBuilder.builder()









                    .build() : body.get(i));
        }
        return outcomeView(plans.importRows(id, rows, caller.user()));
    }

    @GET
    @Path("/{id}/export")
    @Produces({"text/csv", Exporter.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
    @Operation(summary = "Export a plan with each task's latest official report, as CSV (UTF-8 with BOM) or an Excel workbook")
    @APIResponse(responseCode = "200", description = "the file, Chinese headers", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exporter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is not csv or xlsx (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public Response exportPlan(@PathParam("id") long id,
                           @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Exporter.Format f = Params.format(format);
        Plan plan = plans.plan(id);
        List<Task> tasks = plans.tasks(id);
        return Params.download(ExportTables.plan(plan, tasks, plans.latestOfficialReports(plan)), f, plan.code + "-任务及最新进展");
    }

    private Response result(PlanService.Outcome outcome, UriInfo uri, boolean planOnly) {
        Object view = planOnly ? outcome.view() : outcomeView(outcome);
        if (outcome.planCreated()) {
            return Response.created(uri.getBaseUriBuilder().path("api/v1/plans/{id}").build(outcome.plan().id))
                    .entity(view).build();
        }
        return Response.ok(view).build();
    }

    private static PlanApi.ImportResult outcomeView(PlanService.Outcome o) {
        return new PlanApi.ImportResult(o.view(), o.created(), o.updated(), o.unchanged());
    }
}

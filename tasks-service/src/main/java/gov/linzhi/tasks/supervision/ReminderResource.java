package gov.linzhi.tasks.supervision;

import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.exports.Exporter;
import gov.linzhi.tasks.rest.Params;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 催报: what each department owes next and by when, on each plan's own calendar. */
@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "督查室: RAG status, missing reports, 重点抽查督办, scorecards")
@RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (FORBIDDEN)")
public class ReminderResource {

    @Inject
    SupervisionService supervision;

    @GET
    @Operation(summary = "The 催报 list on a date: per lead department, every overdue official report and the next one of each task, soonest first")
    @APIResponse(responseCode = "200", description = "the reminders", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisionApi.Reminders.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public SupervisionApi.Reminders listReminders(@Parameter(description = "view date, default today (Asia/Shanghai)", example = "2020-07-02") @QueryParam("asOf") String asOf,
                                              @Parameter(description = "one plan; default every plan") @QueryParam("planId") String planId) {
        return supervision.reminders(Params.date("asOf", asOf), Params.number("planId", planId));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", Exporter.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The 催报 list as CSV (UTF-8 with BOM) or Excel")
    @APIResponse(responseCode = "200", description = "the file, Chinese headers", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exporter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "bad asOf or format (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public Response exportReminders(@QueryParam("asOf") String asOf, @QueryParam("planId") String planId,
                           @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Exporter.Format f = Params.format(format);
        SupervisionApi.Reminders reminders = supervision.reminders(Params.date("asOf", asOf), Params.number("planId", planId));
        return Params.download(ExportTables.reminders(reminders), f, "催报清单-" + reminders.asOf());
    }
}

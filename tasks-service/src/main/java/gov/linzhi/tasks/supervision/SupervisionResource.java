package gov.linzhi.tasks.supervision;

import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.exports.Exporter;
import gov.linzhi.tasks.rest.Examples;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The office's view: RAG per task, missing reports, slow tasks, scorecards, exports, the training target. */
@Path("/api/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "督查室: RAG status, missing reports, 重点抽查督办, scorecards")
@RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (FORBIDDEN)")
public class SupervisionResource {

    @Inject
    SupervisionService supervision;

    @GET
    @Operation(summary = "Supervision view on a date: RAG per task with reason, missing reports per department, slow tasks, scorecards")
    @APIResponse(responseCode = "200", description = "the view", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisionApi.View.class), examples = @ExampleObject(name = "2020-07-06", value = Examples.SUPERVISION)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public SupervisionApi.View getSupervision(@Parameter(description = "view date, default today (Asia/Shanghai)", example = "2020-07-06") @QueryParam("asOf") String asOf,
                                    @Parameter(description = "one plan; default every plan") @QueryParam("planId") String planId) {
        return supervision.view(Params.date("asOf", asOf), Params.number("planId", planId));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", Exporter.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export the supervision view as CSV (task sheet, UTF-8 with BOM) or Excel (tasks, missing reports, scorecards)")
    @APIResponse(responseCode = "200", description = "the file, Chinese headers", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Exporter.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "bad asOf or format (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "PLAN_NOT_FOUND (TASK_NOT_FOUND)")
    public Response exportSupervision(@QueryParam("asOf") String asOf, @QueryParam("planId") String planId,
                           @Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format) {
        Exporter.Format f = Params.format(format);
        SupervisionApi.View view = supervision.view(Params.date("asOf", asOf), Params.number("planId", planId));
        return Params.download(ExportTables.supervision(view), f, "督查情况-" + view.asOf());
    }

    @GET
    @Path("/training-target")
    @Operation(summary = "The vocational plan's subsidised-training target and its progress from subsidy-service (status unavailable when it is down)")
    @APIResponse(responseCode = "200", description = "progress, or status unavailable", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisionApi.TrainingTarget.class), examples = {
            @ExampleObject(name = "available", value = Examples.TRAINING_TARGET),
            @ExampleObject(name = "unavailable", value = Examples.TRAINING_TARGET_UNAVAILABLE)}))
    @APIResponse(responseCode = "400", description = "year outside 2000–2100 (VALIDATION_FAILED)")
    public SupervisionApi.TrainingTarget getTrainingTarget(@Parameter(description = "default: this year") @QueryParam("year") String year) {
        Long given = Params.number("year", year);
        long y = given == null ? supervision.today().getYear() : given;
        if (y < 2000 || y > 2100) {
            throw ApiException.invalid("year", "must be between 2000 and 2100");
        }
        return supervision.trainingTarget((int) y);
    }
}

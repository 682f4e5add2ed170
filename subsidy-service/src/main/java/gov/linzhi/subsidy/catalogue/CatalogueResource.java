package gov.linzhi.subsidy.catalogue;

import gov.linzhi.platform.lists.Found;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.subsidy.api.Callers;
import gov.linzhi.subsidy.api.Examples;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 7.16 目录清单管理: the public catalogues of training and evaluation institutions and of training projects. */
@Path("/api/v1/catalogue")
@Tag(name = "Catalogues", description = "Training and evaluation institutions and training projects (7.16): public reads, hr-bureau writes, audited")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    static final String LEVELS = "LEVEL_5|LEVEL_4|LEVEL_3|LEVEL_2|LEVEL_1";
    static final String KINDS = "TECHNICIAN_SCHOOL|VOCATIONAL_COLLEGE|PRIVATE_TRAINING_SCHOOL|ENTERPRISE_TRAINING_CENTRE|PUBLIC_TRAINING_BASE|EVALUATION_INSTITUTION";
    static final String STATUSES = "ACTIVE|SUSPENDED|DISQUALIFIED";
    static final String PROGRAMMES = "ENTERPRISE_TRAINING|SKILL_CERTIFICATE|HIGH_SKILL_TRAINING|APPRENTICESHIP|KEY_GROUP_TRAINING|PRE_JOB_TRAINING";

    @Inject
    InstitutionService institutions;

    @Inject
    ProjectService projects;

    @Inject
    Callers callers;

    @GET
    @Path("/institutions")
    @PermitAll
    @Operation(summary = "List training and evaluation institutions",
            description = "Public, so workers can choose. Filters: an approved occupation and level, the kind, the county of the seat, the status.")
    @APIResponse(responseCode = "200", description = "The institutions, by id")
    @APIResponse(responseCode = "400", description = "Unknown level, kind or status, or bad paging", ref = OpenApiDefinitions.INVALID)
    public ListPage<InstitutionView> listInstitutions(
            @Parameter(example = "电工") @QueryParam("occupation") @Size(max = 100) String occupation,
            @Parameter(example = "LEVEL_4") @QueryParam("level") @Pattern(regexp = LEVELS, message = "LEVEL_5 … LEVEL_1") String level,
            @Parameter(example = "PRIVATE_TRAINING_SCHOOL") @QueryParam("kind") @Pattern(regexp = KINDS, message = "an institution kind") String kind,
            @Parameter(example = "巴宜区") @QueryParam("county") @Size(max = 50) String county,
            @Parameter(example = "ACTIVE") @QueryParam("status") @Pattern(regexp = STATUSES, message = "ACTIVE, SUSPENDED or DISQUALIFIED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
            @Context UriInfo request) {
        Found<InstitutionView> found = institutions.list(blankToNull(occupation), level == null ? null : Level.valueOf(level),
                kind == null ? null : InstitutionKind.valueOf(kind), blankToNull(county),
                status == null ? null : InstitutionStatus.valueOf(status), page, size);
        return ListPage.of(found, page, size, request);
    }

    @GET
    @Path("/institutions/{id}")
    @PermitAll
    @Operation(summary = "Read an institution")
    @APIResponse(responseCode = "200", description = "The institution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionView.class),
                    examples = @ExampleObject(name = "listed", value = Examples.INSTITUTION_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such institution (INSTITUTION_NOT_FOUND)")
    public InstitutionView getInstitution(@PathParam("id") long id) {
        return institutions.get(id);
    }

    @POST
    @Path("/institutions")
    @RolesAllowed(Callers.HR_BUREAU)
    @Operation(summary = "List an institution", description = "Credit code validated (GB 32100), unique in the catalogue; status ACTIVE from today. Audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InstitutionRequest.class),
            examples = @ExampleObject(name = "training school", value = Examples.INSTITUTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "The listed institution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionView.class),
                    examples = @ExampleObject(name = "listed", value = Examples.INSTITUTION_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid institution (bad credit code, unknown kind, missing field)", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The credit code is already listed (INSTITUTION_EXISTS)")
    public Response createInstitution(@Valid @NotNull InstitutionRequest body, @Context UriInfo uri) {
        InstitutionView created = institutions.create(body, callers.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/catalogue/institutions/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/institutions/{id}")
    @RolesAllowed(Callers.HR_BUREAU)
    @Operation(summary = "Update an institution", description = "Name, credit code, kind, ownership, county and approvals (replaced as a whole). Audited with before and after.")
    @RequestBody(content = @Content(schema = @Schema(implementation = InstitutionRequest.class),
            examples = @ExampleObject(name = "training school", value = Examples.INSTITUTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "The institution",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionView.class),
                    examples = @ExampleObject(name = "updated", value = Examples.INSTITUTION_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid institution", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such institution (INSTITUTION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The new credit code is listed for another institution (INSTITUTION_EXISTS)")
    public InstitutionView updateInstitution(@PathParam("id") long id, @Valid @NotNull InstitutionRequest body) {
        return institutions.update(id, body, callers.name());
    }

    @POST
    @Path("/institutions/{id}/status")
    @RolesAllowed(Callers.HR_BUREAU)
    @Operation(summary = "Change an institution's status",
            description = "ACTIVE, SUSPENDED (claims refused with INSTITUTION_NOT_APPROVED_FOR) or DISQUALIFIED (refused with INSTITUTION_DISQUALIFIED; "
                    + "final). A clawback disqualifies the institution its claim names by itself. Audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = StatusRequest.class),
            examples = @ExampleObject(name = "suspend", value = Examples.INSTITUTION_STATUS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The institution with its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionView.class),
                    examples = @ExampleObject(name = "listed", value = Examples.INSTITUTION_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Missing status or reason", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such institution (INSTITUTION_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The institution is disqualified (INSTITUTION_DISQUALIFIED_FINAL)")
    public InstitutionView changeInstitutionStatus(@PathParam("id") long id, @Valid @NotNull StatusRequest body) {
        return institutions.changeStatus(id, body, callers.name());
    }

    @GET
    @Path("/projects")
    @PermitAll
    @Operation(summary = "List training projects",
            description = "Public, so workers can choose. Filters: occupation, level, county or district, the institution's kind, programme.")
    @APIResponse(responseCode = "200", description = "The projects, by id")
    @APIResponse(responseCode = "400", description = "Unknown level, kind or programme, or bad paging", ref = OpenApiDefinitions.INVALID)
    public ListPage<ProjectView> listProjects(
            @Parameter(example = "电工") @QueryParam("occupation") @Size(max = 100) String occupation,
            @Parameter(example = "LEVEL_4") @QueryParam("level") @Pattern(regexp = LEVELS, message = "LEVEL_5 … LEVEL_1") String level,
            @Parameter(example = "巴宜区") @QueryParam("county") @Size(max = 50) String county,
            @Parameter(example = "PRIVATE_TRAINING_SCHOOL") @QueryParam("kind") @Pattern(regexp = KINDS, message = "an institution kind") String kind,
            @Parameter(example = "ENTERPRISE_TRAINING") @QueryParam("programme") @Pattern(regexp = PROGRAMMES, message = "a programme") String programme,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
            @Context UriInfo request) {
        Found<ProjectView> found = projects.list(blankToNull(occupation), level == null ? null : Level.valueOf(level), blankToNull(county),
                kind == null ? null : InstitutionKind.valueOf(kind), programme == null ? null : Programme.valueOf(programme), page, size);
        return ListPage.of(found, page, size, request);
    }

    @GET
    @Path("/projects/{id}")
    @PermitAll
    @Operation(summary = "Read a training project")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT_RESPONSE)))
    @APIResponse(responseCode = "404", description = "No such project (PROJECT_NOT_FOUND)")
    public ProjectView getProject(@PathParam("id") long id) {
        return projects.get(id);
    }

    @POST
    @Path("/projects")
    @RolesAllowed(Callers.HR_BUREAU)
    @Operation(summary = "List a training project",
            description = "The institution must be listed, not disqualified or suspended, and approved for the occupation and level. Audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProjectRequest.class),
            examples = @ExampleObject(name = "project-based", value = Examples.PROJECT_REQUEST)))
    @APIResponse(responseCode = "201", description = "The listed project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid project (unknown institution, end before start, SKILL_CERTIFICATE)", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "422", description = "The institution may not run it (INSTITUTION_NOT_APPROVED_FOR)")
    public Response createProject(@Valid @NotNull ProjectRequest body, @Context UriInfo uri) {
        ProjectView created = projects.create(body, callers.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/catalogue/projects/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/projects/{id}")
    @RolesAllowed(Callers.HR_BUREAU)
    @Operation(summary = "Update a training project", description = "Every field; checked as when listed. Audited with before and after.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProjectRequest.class),
            examples = @ExampleObject(name = "project-based", value = Examples.PROJECT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid project", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such project (PROJECT_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "The institution may not run it (INSTITUTION_NOT_APPROVED_FOR)")
    public ProjectView updateProject(@PathParam("id") long id, @Valid @NotNull ProjectRequest body) {
        return projects.update(id, body, callers.name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

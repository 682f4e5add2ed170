package gov.linzhi.tasks.departments;

import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.reports.ReportApi;
import gov.linzhi.tasks.reports.ReportService;
import gov.linzhi.tasks.rest.Examples;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The department registry: canonical names, aliases, name resolution, and each department's report history. */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "牵头/协办单位 registry with aliases")
@RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (FORBIDDEN)")
public class DepartmentResource {

    /** A registry entry. */
    @Schema(name = "Department")
    public record DepartmentView(Long id, String name, String fullName, Department.Kind kind, String leaderPost,
                                 Department.Origin origin, List<String> aliases) {
    }

    /** What a written name stands for. */
    @Schema(name = "DepartmentResolution")
    public record ResolutionView(String written, boolean collective, List<PlanApi.DepartmentRef> departments) {
    }

    @Inject
    DepartmentRegistry registry;

    @Inject
    ReportService reports;

    @GET
    @Operation(summary = "List every department of the registry with its aliases")
    @APIResponse(responseCode = "200", description = "the registry")
    public ListPage<DepartmentView> listDepartments(@BeanParam ListRequest list, @Context UriInfo request) {
        Map<Long, List<String>> aliases = registry.aliasesByDepartment();
        return ListPage.slice(registry.all().stream().map(d -> new DepartmentView(d.id, d.name, d.fullName, d.kind, d.leaderPost, d.origin,
                aliases.getOrDefault(d.id, List.of()))).toList(), list.page, list.size, request);
    }

    @GET
    @Path("/resolve")
    @Operation(summary = "Resolve a department name as written (e.g. 市场监管局, 各县（区）人民政府)")
    @APIResponse(responseCode = "200", description = "the department(s) the name stands for", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResolutionView.class), examples = @ExampleObject(name = "counties", value = Examples.RESOLUTION)))
    @APIResponse(responseCode = "400", description = "no name given (VALIDATION_FAILED)")
    @APIResponse(responseCode = "404", description = "UNKNOWN_DEPARTMENT: the registry does not know the name (TASK_NOT_FOUND)")
    public ResolutionView resolveDepartment(@QueryParam("name") String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid("name", "required");
        }
        DepartmentRegistry.Resolution r = registry.resolve(name);
        if (!r.known()) {
            throw ApiException.notFound(DepartmentRegistry.UNKNOWN_DEPARTMENT, "department not in the registry: " + name);
        }
        return new ResolutionView(name, r.collective(), r.departments().stream().map(PlanApi.DepartmentRef::of).toList());
    }

    @GET
    @Path("/{id}/reports")
    @Operation(summary = "Every report the department filed, whoever filed it (the history stays with the department)")
    @APIResponse(responseCode = "200", description = "the department's reports, oldest first")
    @APIResponse(responseCode = "404", description = "DEPARTMENT_NOT_FOUND (TASK_NOT_FOUND)")
    public ListPage<ReportApi.ReportView> listDepartmentReports(@PathParam("id") long id, @BeanParam ListRequest list, @Context UriInfo request) {
        List<ProgressReport> all = reports.ofDepartment(id);
        return ListPage.slice(all.stream().map(r -> ReportApi.ReportView.of(r, ReportService.isCurrent(r, all))).toList(), list.page, list.size, request);
    }
}

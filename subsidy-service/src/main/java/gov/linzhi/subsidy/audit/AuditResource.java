package gov.linzhi.subsidy.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.lists.Found;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.subsidy.api.Callers;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The append-only audit log, read by auditors. There is no write, update or delete endpoint. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Every decision and change, append-only")
public class AuditResource {

    @Inject
    ObjectMapper json;

    @Inject
    AuditQueries audit;

    @GET
    @RolesAllowed(Callers.AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the audit log", description = "Oldest first; filter by action and subject.")
    @APIResponse(responseCode = "200", description = "Audit entries")
    @APIResponse(responseCode = "400", description = "Bad paging", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not auditor", ref = OpenApiDefinitions.FORBIDDEN)
    public ListPage<AuditView> listAuditEntries(
            @Parameter(example = "CLAIM_DECIDED") @QueryParam("action") String action,
            @Parameter(example = "claim/42") @QueryParam("subject") String subject,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size,
            @Context UriInfo request) {
        Found<AuditView> found = audit.find(action, subject, page, size)
                .map(e -> new AuditView(e.id, e.occurredAt, e.actor, e.action, e.subject, parse(e.details)));
        return ListPage.of(found, page, size, request);
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String details) {
        try {
            return details == null ? null : json.readTree(details);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(details);
        }
    }
}

package gov.linzhi.gazette.rest;

import gov.linzhi.gazette.documents.ResponsibilityQueries;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
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

/** Responsibility clauses (责任单位) across documents. */
@Path("/api/v1/responsibilities")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Responsibilities", description = "Responsibility clauses: which departments lead and take part")
public class ResponsibilityResource {

    private final ResponsibilityQueries responsibilities;

    public ResponsibilityResource(ResponsibilityQueries responsibilities) {
        this.responsibilities = responsibilities;
    }

    @GET
    @Operation(summary = "Clauses of a document (and the documents it publishes) and/or naming a department, lead or not")
    @APIResponse(responseCode = "200", description = "Clauses in document and provision order")
    @APIResponse(responseCode = "400", description = "Not a document number (INVALID_DOCUMENT_NUMBER)")
    @APIResponse(responseCode = "404", description = "No document with this number (DOCUMENT_NOT_FOUND)")
    public ListPage<Api.Clause> listResponsibilities(
            @Parameter(description = "a document number in any spelling; selects it and the documents it publishes",
                    example = Examples.NUMBER_5) @QueryParam("documentNumber") String documentNumber,
            @Parameter(description = "a department as written (市人社局; 人社局 also finds 市人社局)", example = "市人社局")
            @QueryParam("department") String department,
            @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(responsibilities.responsibilities(documentNumber, department), list.page, list.size, request);
    }
}

package gov.linzhi.gazette.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.issues.GazetteStore;
import gov.linzhi.gazette.issues.ImportService;
import gov.linzhi.gazette.issues.IssueEntity;
import gov.linzhi.gazette.issues.IssueQueries;
import gov.linzhi.platform.http.ConditionalGet;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Issues of the gazette: list, get, table of contents, import. */
@Path("/api/v1/issues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issues", description = "Issues of 林芝市人民政府公报 and their import")
public class IssueResource {

    private final IssueQueries issues;
    private final ImportService imports;
    private final ObjectMapper json;

    public IssueResource(IssueQueries issues, ImportService imports, ObjectMapper json) {
        this.json = json;
        this.issues = issues;
        this.imports = imports;
    }

    @GET
    @PermitAll
    @Operation(summary = "List the issues, newest first")
    @APIResponse(responseCode = "200", description = "The issues")
    public ListPage<Api.IssueSummary> listIssues(
            @Parameter(description = "also list versions replaced by a correction")
            @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded,
            @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(issues.list(includeSuperseded), list.page, list.size, request);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an issue with its editorial box, table of contents and documents")
    @APIResponse(responseCode = "200", description = "The issue", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.Issue.class)))
    @APIResponse(responseCode = "404", description = "No such issue (ISSUE_NOT_FOUND)")
    public Response getIssue(@PathParam("id") long id, @Context Request request) {
        IssueEntity issue = issues.byId(id);
        return ConditionalGet.json(request, json, issues.view(issue), mutability(issue));
    }

    @GET
    @Path("/{id}/toc")
    @PermitAll
    @Operation(summary = "The table of contents of an issue (目录), with the document of each entry")
    @APIResponse(responseCode = "200", description = "The entries in printed order", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such issue (ISSUE_NOT_FOUND)")
    public RestResponse<ListPage<Api.TocEntry>> getTableOfContents(@PathParam("id") long id, @BeanParam ListRequest list,
                                                                   @Context UriInfo uri, @Context Request request) {
        IssueEntity issue = issues.byId(id);
        return ConditionalGet.typed(request, json, ListPage.slice(issues.toc(issue), list.page, list.size, uri), mutability(issue));
    }

    /** A superseded version of an issue never changes again; the current one may be corrected. */
    private static ConditionalGet.Mutability mutability(IssueEntity issue) {
        return issue.current ? ConditionalGet.Mutability.MAY_CHANGE : ConditionalGet.Mutability.IMMUTABLE;
    }

    @POST
    @Path("/import")
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
    @RolesAllowed("gazette-editor")
    @SecurityRequirement(name = "bearer", scopes = "gazette-editor") // the role, as Quarkus writes it for @RolesAllowed alone
    @Operation(summary = "Import the text of an issue: all or nothing, idempotent")
    @RequestBody(description = "The gazette text in the seed's Markdown form", required = true,
            content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "issue", value = Examples.GAZETTE_TEXT)))
    @APIResponse(responseCode = "201", description = "Stored (CREATED, or CORRECTED with correction=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.ImportResult.class),
                    examples = @ExampleObject(name = "created", value = Examples.IMPORT_RESULT)))
    @APIResponse(responseCode = "200", description = "The same text was imported before: nothing new stored (UNCHANGED)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "No body (BODY_REQUIRED)")
    @APIResponse(responseCode = "401", description = "No valid token (UNAUTHORIZED)")
    @APIResponse(responseCode = "403", description = "Not a gazette editor (FORBIDDEN)")
    @APIResponse(responseCode = "409", description = "The issue is stored with a different text (ISSUE_ALREADY_IMPORTED)")
    @APIResponse(responseCode = "413", description = "Body larger than linzhi.http.max-body-bytes")
    @APIResponse(responseCode = "422", description = "Text not understood (UNPARSEABLE_GAZETTE), naming the line; nothing stored")
    public Response importIssue(
            @Parameter(description = "store a changed text of an already imported issue as a correction")
            @QueryParam("correction") @DefaultValue("false") boolean correction,
            @Valid @NotNull String body, @Context SecurityContext security, @Context UriInfo uri) {
        GazetteStore.Outcome outcome = imports.importIssue(body, correction,
                gov.linzhi.platform.audit.ActorNames.fit(security.getUserPrincipal().getName()));
        Api.ImportResult result = new Api.ImportResult(outcome.status().name(), outcome.issueId(), outcome.version(),
                outcome.documentIds(), outcome.supersededIssueId());
        if (outcome.status() == GazetteStore.Status.UNCHANGED) {
            return Response.ok(result).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/issues/{id}").build(outcome.issueId()))
                .entity(result).build();
    }
}

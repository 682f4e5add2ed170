package gov.linzhi.gazette.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.gazette.documents.CitationQueries;
import gov.linzhi.gazette.documents.DocumentEntity;
import gov.linzhi.gazette.documents.DocumentQueries;
import gov.linzhi.gazette.documents.ProvisionQueries;
import gov.linzhi.gazette.documents.ResponsibilityQueries;
import gov.linzhi.platform.http.ConditionalGet;
import gov.linzhi.platform.lists.Found;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Documents and their provisions, by id and by document number. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Documents", description = "Documents, provisions and citations of the gazette")
public class DocumentResource {

    private static final MediaType MARKDOWN = MediaType.valueOf("text/markdown");
    private static final String NUMBER_DOC = "document number, URL-encoded, in any spelling: 〔〕 [] 【】 （） () with or without 第";

    private final DocumentQueries documents;
    private final ProvisionQueries provisions;
    private final CitationQueries citations;
    private final ResponsibilityQueries responsibilities;
    private final ObjectMapper json;

    public DocumentResource(DocumentQueries documents, ProvisionQueries provisions, CitationQueries citations,
                            ResponsibilityQueries responsibilities, ObjectMapper json) {
        this.documents = documents;
        this.provisions = provisions;
        this.citations = citations;
        this.responsibilities = responsibilities;
        this.json = json;
    }

    /** A superseded version never changes again; the current one may (a correction supersedes it). */
    private static ConditionalGet.Mutability mutability(DocumentEntity d) {
        return d.current ? ConditionalGet.Mutability.MAY_CHANGE : ConditionalGet.Mutability.IMMUTABLE;
    }

    @GET
    @Operation(summary = "List documents with filters, paging and sort")
    @APIResponse(responseCode = "200", description = "One page of documents")
    @APIResponse(responseCode = "400", description = "A parameter out of range or of the wrong type (VALIDATION_FAILED, INVALID_VALUE)")
    public ListPage<Api.DocumentSummary> listDocuments(
            @Parameter(description = "documents of this issue (any version)") @QueryParam("issueId") Long issueId,
            @Parameter(description = "year of the issue", example = "2020") @QueryParam("year") Integer year,
            @Parameter(description = "table-of-contents section", example = "市政府文件") @QueryParam("category") String category,
            @Parameter(description = "genre (文种)", example = "通知") @QueryParam("genre") String genre,
            @Parameter(description = "issuing authority", example = "林芝市人民政府") @QueryParam("issuingAuthority") String authority,
            @Parameter(description = "signed on or after", example = "2020-01-01") @QueryParam("signedFrom") LocalDate signedFrom,
            @Parameter(description = "signed on or before", example = "2020-12-31") @QueryParam("signedTo") LocalDate signedTo,
            @Parameter(description = "false: only documents listed without text") @QueryParam("hasText") Boolean hasText,
            @Parameter(description = "issue (default), -issue, signedOn, -signedOn, title") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @Context UriInfo request) {
        Found<Api.DocumentSummary> found = documents.list(issueId, year, category, genre, authority, signedFrom, signedTo, hasText, sort, page, size);
        return ListPage.of(found, page, size, request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A document as structured JSON, with publishes / publishedBy and its outline")
    @APIResponse(responseCode = "200", description = "The document", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.Document.class),
                    examples = @ExampleObject(name = "notice", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND)")
    public Response getDocument(@PathParam("id") long id, @Context Request request) {
        DocumentEntity d = documents.byId(id);
        return ConditionalGet.json(request, json, documents.view(d), mutability(d));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "A document as plain text")
    @APIResponse(responseCode = "200", description = "The text", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND), or listed without text (DOCUMENT_TEXT_NOT_IN_ISSUE)")
    public Response getDocumentText(@PathParam("id") long id, @Context Request request) {
        DocumentEntity d = documents.byId(id);
        return ConditionalGet.text(request, documents.plainText(d), MediaType.TEXT_PLAIN_TYPE, mutability(d));
    }

    @GET
    @Path("/{id}/markdown")
    @Produces("text/markdown;charset=UTF-8")
    @Operation(summary = "A document as Markdown, as printed in the issue")
    @APIResponse(responseCode = "200", description = "The Markdown", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "notice", value = Examples.MARKDOWN)))
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND), or listed without text (DOCUMENT_TEXT_NOT_IN_ISSUE)")
    public Response getDocumentMarkdown(@PathParam("id") long id, @Context Request request) {
        DocumentEntity d = documents.byId(id);
        return ConditionalGet.text(request, documents.markdown(d), MARKDOWN, mutability(d));
    }

    @GET
    @Path("/{id}/references")
    @Operation(summary = "What a document cites, by number or title; resolved ones link to the stored document")
    @APIResponse(responseCode = "200", description = "References with the provisions citing them")
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND)")
    public ListPage<Api.Reference> listReferences(@PathParam("id") long id, @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(citations.references(documents.byId(id)), list.page, list.size, request);
    }

    @GET
    @Path("/{id}/cited-by")
    @Operation(summary = "Backlinks: the documents that cite this one")
    @APIResponse(responseCode = "200", description = "Citing documents with their provisions")
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND)")
    public ListPage<Api.CitedBy> listCitingDocuments(@PathParam("id") long id, @BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(citations.citedBy(documents.byId(id)), list.page, list.size, request);
    }

    @GET
    @Path("/{id}/responsibilities/matrix")
    @Operation(summary = "Departments × provisions (任务分工矩阵): LEAD (牵头) or CO (配合) per provision with a clause",
            description = "The document's clauses and those of the documents it publishes, departments in the order the clauses first "
                    + "name them; a document without clauses answers an empty matrix")
    @APIResponse(responseCode = "200", description = "The matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.ResponsibilityMatrix.class)))
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND)")
    public Api.ResponsibilityMatrix getResponsibilityMatrix(@PathParam("id") long id) {
        return responsibilities.matrix(documents.byId(id));
    }

    @GET
    @Path("/{id}/provisions/{path}")
    @Operation(summary = "A provision by its path (3.1.3): text, children, responsibility clause, quantities, citations")
    @APIResponse(responseCode = "200", description = "The provision", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.Provision.class),
                    examples = @ExampleObject(name = "3.1.3", value = Examples.PROVISION)))
    @APIResponse(responseCode = "400", description = "Not a path of numbers joined by dots (INVALID_PROVISION_PATH)")
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND) or provision (PROVISION_NOT_FOUND)")
    public Response getProvision(@PathParam("id") long id,
                                   @Parameter(example = "3.1.3") @PathParam("path") String path, @Context Request request) {
        DocumentEntity d = documents.byId(id);
        return ConditionalGet.json(request, json, provisions.provision(d, path), mutability(d));
    }

    @GET
    @Path("/by-number/{number}")
    @Operation(summary = "A document by its number (发文字号), in any common spelling")
    @APIResponse(responseCode = "200", description = "The document", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.Document.class),
                    examples = @ExampleObject(name = "notice", value = Examples.DOCUMENT)))
    @APIResponse(responseCode = "400", description = "Not a document number (INVALID_DOCUMENT_NUMBER)")
    @APIResponse(responseCode = "404", description = "No document with this number (DOCUMENT_NOT_FOUND)")
    public Response getDocumentByNumber(@Parameter(description = NUMBER_DOC, example = Examples.NUMBER_5)
                                 @PathParam("number") String number, @Context Request request) {
        DocumentEntity d = documents.byNumber(number);
        return ConditionalGet.json(request, json, documents.view(d), ConditionalGet.Mutability.MAY_CHANGE);
    }

    @GET
    @Path("/by-number/{number}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "A document by its number, as plain text")
    @APIResponse(responseCode = "200", description = "The text", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a document number (INVALID_DOCUMENT_NUMBER)")
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND) or no text (DOCUMENT_TEXT_NOT_IN_ISSUE)")
    public Response getDocumentTextByNumber(@Parameter(description = NUMBER_DOC, example = Examples.NUMBER_5)
                               @PathParam("number") String number, @Context Request request) {
        return ConditionalGet.text(request, documents.plainText(documents.byNumber(number)), MediaType.TEXT_PLAIN_TYPE,
                ConditionalGet.Mutability.MAY_CHANGE);
    }

    @GET
    @Path("/by-number/{number}/markdown")
    @Produces("text/markdown;charset=UTF-8")
    @Operation(summary = "A document by its number, as Markdown")
    @APIResponse(responseCode = "200", description = "The Markdown", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "notice", value = Examples.MARKDOWN)))
    @APIResponse(responseCode = "400", description = "Not a document number (INVALID_DOCUMENT_NUMBER)")
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND) or no text (DOCUMENT_TEXT_NOT_IN_ISSUE)")
    public Response getDocumentMarkdownByNumber(@Parameter(description = NUMBER_DOC, example = Examples.NUMBER_5)
                                   @PathParam("number") String number, @Context Request request) {
        return ConditionalGet.text(request, documents.markdown(documents.byNumber(number)), MARKDOWN,
                ConditionalGet.Mutability.MAY_CHANGE);
    }

    @GET
    @Path("/by-number/{number}/provisions/{path}")
    @Operation(summary = "Stable citation URL of a provision: looked up in the numbered document, then in the documents it publishes")
    @APIResponse(responseCode = "200", description = "The provision", headers = {
            @Header(name = "ETag", description = "strong tag of the body; send it back in If-None-Match for a 304", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "a superseded version: max-age=31536000, public, immutable; the current one: no-cache, public",
                    schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.Provision.class),
                    examples = @ExampleObject(name = "3.1.3", value = Examples.PROVISION)))
    @APIResponse(responseCode = "400", description = "Bad path (INVALID_PROVISION_PATH) or number (INVALID_DOCUMENT_NUMBER)")
    @APIResponse(responseCode = "404", description = "No such document (DOCUMENT_NOT_FOUND) or provision (PROVISION_NOT_FOUND)")
    public Response getProvisionByNumber(@Parameter(description = NUMBER_DOC, example = Examples.NUMBER_5)
                                           @PathParam("number") String number,
                                           @Parameter(example = "3.1.3") @PathParam("path") String path,
                                           @Context Request request) {
        return ConditionalGet.json(request, json, provisions.provisionByNumber(number, path), ConditionalGet.Mutability.MAY_CHANGE);
    }
}

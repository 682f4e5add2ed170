package gov.linzhi.gazette.rest;

import gov.linzhi.gazette.feed.AtomFeed;
import gov.linzhi.gazette.search.SearchOrder;
import gov.linzhi.gazette.search.SearchService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Chinese full-text search. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Search", description = "Full-text search inside unsegmented Chinese, with highlighting and facets")
public class SearchResource {

    private final SearchService search;
    private final AtomFeed feed;

    public SearchResource(SearchService search, AtomFeed feed) {
        this.search = search;
        this.feed = feed;
    }

    @GET
    @Operation(summary = "Search documents: every word must occur; document numbers match in any spelling")
    @APIResponse(responseCode = "200", description = "Matching documents, best first, with every matching provision, snippets and facet counts; "
            + "a Link header with the links of the envelope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.SearchResult.class),
                    examples = @ExampleObject(name = "学徒", value = Examples.SEARCH)))
    @APIResponse(responseCode = "400", description = "Missing q or a parameter out of range (VALIDATION_FAILED, INVALID_VALUE)")
    @APIResponse(responseCode = "503", description = "The search backend is OpenSearch and the cluster does not answer now " + "(SEARCH_UNAVAILABLE), with Retry-After; documents are still served")
    public Response searchDocuments(
            @Parameter(description = "words separated by spaces, or a document number", example = "学徒", required = true)
            @QueryParam("q") String q,
            @Parameter(example = "2020") @QueryParam("year") Integer year,
            @Parameter(example = "林芝市人民政府办公室") @QueryParam("issuingAuthority") String authority,
            @Parameter(example = "市政府办公室文件") @QueryParam("category") String category,
            @Parameter(example = "方案") @QueryParam("genre") String genre,
            @Parameter(example = "2020-01-01") @QueryParam("signedFrom") LocalDate signedFrom,
            @Parameter(example = "2020-12-31") @QueryParam("signedTo") LocalDate signedTo,
            @Parameter(description = "relevance (default: whole words score higher), date-desc or date-asc (the date signed)",
                    example = "date-desc") @QueryParam("sort") String sort,
            @Parameter(description = "0-based; a page past the end answers no items, pastTheEnd and links.last")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size) {
        Api.SearchResult result = search.search(q, year, authority, category, genre, signedFrom, signedTo, page, size, sort);
        return Response.ok(result).build();
    }

    @GET
    @Path("/feed.atom")
    @Produces(FeedResource.ATOM + ";charset=UTF-8")
    @Operation(summary = "A saved search as an Atom 1.0 feed: its matching documents, newest first",
            description = "The same words and filters as GET /api/v1/search, so a department can follow a topic; up to 100 entries, "
                    + "each naming the provisions that match")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = FeedResource.ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Missing q or a parameter out of range (VALIDATION_FAILED, INVALID_VALUE)")
    @APIResponse(responseCode = "503", description = "The search backend is OpenSearch and the cluster does not answer now " + "(SEARCH_UNAVAILABLE), with Retry-After; documents are still served")
    public String getSearchFeed(
            @Parameter(description = "words separated by spaces, or a document number", example = "补贴", required = true) @QueryParam("q") String q,
            @QueryParam("year") Integer year,
            @QueryParam("issuingAuthority") String authority,
            @QueryParam("category") String category,
            @QueryParam("genre") String genre,
            @QueryParam("signedFrom") LocalDate signedFrom,
            @QueryParam("signedTo") LocalDate signedTo,
            @Context UriInfo uri) {
        Api.SearchResult result = search.search(q, year, authority, category, genre, signedFrom, signedTo, 0, AtomFeed.ENTRIES,
                SearchOrder.DATE_DESC.parameter());
        return feed.renderSearch(uri.getBaseUri(), result, uri.getRequestUri().getRawQuery());
    }
}

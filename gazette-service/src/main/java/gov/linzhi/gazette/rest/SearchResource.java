package gov.linzhi.gazette.rest;

import gov.linzhi.gazette.search.SearchService;
import gov.linzhi.platform.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search documents: every word must occur; document numbers match in any spelling")
    @APIResponse(responseCode = "200", description = "Matching documents, best first, with snippets and facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Api.SearchResult.class),
                    examples = @ExampleObject(name = "学徒", value = Examples.SEARCH)))
    @APIResponse(responseCode = "400", description = "Missing q or a parameter out of range (VALIDATION_FAILED, INVALID_VALUE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no query", value = Examples.VALIDATION)))
    public Api.SearchResult search(
            @Parameter(description = "words separated by spaces, or a document number", example = "学徒")
            @QueryParam("q") String q,
            @Parameter(example = "2020") @QueryParam("year") Integer year,
            @Parameter(example = "林芝市人民政府办公室") @QueryParam("issuingAuthority") String authority,
            @Parameter(example = "市政府办公室文件") @QueryParam("category") String category,
            @Parameter(example = "方案") @QueryParam("genre") String genre,
            @Parameter(example = "2020-01-01") @QueryParam("signedFrom") LocalDate signedFrom,
            @Parameter(example = "2020-12-31") @QueryParam("signedTo") LocalDate signedTo,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size) {
        return search.search(q, year, authority, category, genre, signedFrom, signedTo, page, size);
    }
}

package gov.linzhi.subsidy.api;

import gov.linzhi.platform.lists.Found;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.subsidy.claims.ClaimService;
import gov.linzhi.subsidy.claims.ClaimStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** Claims: evaluated, recorded, limited per person and year, clawed back on fraud. */
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Recorded claims, idempotent, with exact limits under concurrency")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENCY_KEY_REQUIRED = "IDEMPOTENCY_KEY_REQUIRED";
    /** A resident ID sent as a query parameter: look-ups take it in their bodies. */
    public static final String PERSONAL_DATA_IN_URL = "PERSONAL_DATA_IN_URL";

    @Inject
    ClaimService claims;

    @Inject
    Callers callers;

    @POST
    @RolesAllowed(Callers.HR_BUREAU)
    @Operation(summary = "Submit a claim",
            description = "Evaluates the case against the person's recorded claims and records the decision (APPROVED or REJECTED). "
                    + "The same Idempotency-Key with the same body returns the same claim and records nothing new.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "enterprise training", value = Examples.CLAIM_REQUEST)))
    @APIResponse(responseCode = "201", description = "The claim (also for a replay of the same key and body)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class),
                    examples = @ExampleObject(name = "approved", value = Examples.CLAIM_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid case, missing personId or missing Idempotency-Key", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "Idempotency-Key already used with a different body (IDEMPOTENCY_KEY_REUSED)")
    public Response submitClaim(
            @Parameter(description = "Client-chosen key, 1–200 characters; retries reuse it", required = true, example = "7c1e4b9a-claim-0001")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull EvaluationRequest body,
            @Context UriInfo uri) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new ApiException(400, IDEMPOTENCY_KEY_REQUIRED, "Idempotency-Key required",
                    "send an Idempotency-Key header of 1 to 200 characters with every claim",
                    List.of(new Problem.Violation(IDEMPOTENCY_KEY, "required, 1 to 200 characters")));
        }
        if (body.personId() == null) {
            throw ApiException.invalid("personId", "required for a claim");
        }
        ClaimService.Outcome outcome = claims.submit(body, idempotencyKey.strip(), callers.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/claims/{id}").build(outcome.claim().id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .entity(outcome.claim()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Callers.HR_BUREAU, Callers.AUDITOR})
    @Operation(summary = "Read a claim")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class),
                    examples = @ExampleObject(name = "approved", value = Examples.CLAIM_RESPONSE)))
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither hr-bureau nor auditor", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiDefinitions.CLAIM_NOT_FOUND)
    public ClaimView getClaim(@PathParam("id") long id) {
        return claims.get(id);
    }

    @GET
    @RolesAllowed({Callers.HR_BUREAU, Callers.AUDITOR})
    @Operation(summary = "List claims", description = "Filtered by year of training completion and status; oldest first. "
            + "A person's claims: POST /api/v1/claims/search, which takes the resident ID in its body.")
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "400", description = "Invalid status or paging", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither hr-bureau nor auditor", ref = OpenApiDefinitions.FORBIDDEN)
    public ListPage<ClaimView> listClaims(
            @Parameter(hidden = true) @QueryParam("personId") String personId,
            @Parameter(example = "2020") @QueryParam("year") @Pattern(regexp = "20[0-9]{2}|2100", message = "a year from 2000 to 2100") String year,
            @Parameter(example = "APPROVED") @QueryParam("status") @Pattern(regexp = "APPROVED|REJECTED", message = "APPROVED or REJECTED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
            @Context UriInfo request) {
        if (personId != null) {
            // Ignoring it would answer everyone's claims to a caller that asked for one person's.
            throw new ApiException(400, PERSONAL_DATA_IN_URL, "Resident ID in the URL",
                    "a resident ID is never sent in a URL: list a person's claims with POST /api/v1/claims/search and the ID in the body",
                    List.of(new Problem.Violation("personId", "not a query parameter; see POST /api/v1/claims/search")));
        }
        Found<ClaimView> found = claims.list(null, year == null ? null : Integer.valueOf(year), status == null ? null : ClaimStatus.valueOf(status),
                page, size);
        return ListPage.of(found, page, size, request);
    }

    @POST
    @Path("/search")
    @RolesAllowed({Callers.HR_BUREAU, Callers.AUDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search claims", description = "A person's claims (the resident ID in the body, never in the URL), "
            + "filtered by year of training completion and status; oldest first. Reads only: no Idempotency-Key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimSearch.class),
            examples = @ExampleObject(name = "a person's 2020 claims", value = "{\"personId\":\"540402199001191234\",\"year\":2020}")))
    @APIResponse(responseCode = "200", description = "The claims; the links lead to the other pages of the same search (POST the same body with their page and size)")
    @APIResponse(responseCode = "400", description = "Invalid personId, year, status or paging", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither hr-bureau nor auditor", ref = OpenApiDefinitions.FORBIDDEN)
    public ListPage<ClaimView> searchClaims(@Valid @NotNull ClaimSearch search, @Context UriInfo request) {
        Found<ClaimView> found = claims.list(search.personId(), search.year(), search.status(), search.pageOrDefault(), search.sizeOrDefault());
        return ListPage.of(found, search.pageOrDefault(), search.sizeOrDefault(), request);
    }

    @POST
    @Path("/{id}/clawback")
    @RolesAllowed({Callers.HR_BUREAU, Callers.AUDITOR})
    @Operation(summary = "Claw back a claim",
            description = "7.17: the subsidy is recovered (追回). For FRAUD or POOR_QUALITY the training institution named by the claim is "
                    + "disqualified as well (取缔培训资格): later claims naming it are refused with INSTITUTION_DISQUALIFIED. "
                    + "ADMINISTRATIVE_ERROR and OTHER recover the money only (区分不同情况对待).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClawbackRequest.class),
            examples = @ExampleObject(name = "fraud", value = Examples.CLAWBACK_REQUEST)))
    @APIResponse(responseCode = "200", description = "The claim with its clawback",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class),
                    examples = @ExampleObject(name = "clawed back", value = Examples.CLAWBACK_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Reason missing", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither hr-bureau nor auditor", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OpenApiDefinitions.CLAIM_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The claim was rejected or is already clawed back (CLAIM_ALREADY_CLAWED_BACK)")
    public ClaimView clawBackClaim(@PathParam("id") long id, @Valid @NotNull ClawbackRequest body) {
        return claims.clawback(id, body.category(), body.reason().strip(), callers.name());
    }
}

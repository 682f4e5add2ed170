package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.api.Callers;
import gov.linzhi.subsidy.api.Examples;
import gov.linzhi.subsidy.api.Negotiation;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/** A person's entitlements, for the officer advising them (hr-bureau only), and their training record (hr-bureau, auditor). */
@Path("/api/v1/persons")
@Tag(name = "Persons", description = "What a worker can still claim, and their training record")
public class PersonResource {

    @Inject
    EntitlementsService entitlements;

    @Inject
    Clock clock;

    @Inject
    PersonRecordService records;

    @POST
    @Path("/entitlements")
    @RolesAllowed(Callers.HR_BUREAU)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Training claims left this year, occupation+level pairs used, certificate subsidies taken",
            description = "The person in the body, never in the URL. A person with no recorded claim has every entitlement (200, not 404).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EntitlementsQuery.class),
            examples = @ExampleObject(name = "2020", value = "{\"personId\":\"540402199001191234\",\"year\":2020}")))
    @APIResponse(responseCode = "200", description = "The entitlements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementsView.class),
                    examples = @ExampleObject(name = "one claim used", value = Examples.ENTITLEMENTS_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid resident ID or year", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    public EntitlementsView getEntitlements(@Valid @NotNull EntitlementsQuery query) {
        return entitlements.entitlements(query.personId(), query.year() == null ? LocalDate.now(clock).getYear() : query.year());
    }

    @POST
    @Path("/record")
    @RolesAllowed({Callers.HR_BUREAU, Callers.AUDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "A worker's training record (五（九） 劳动者职业培训电子档案)",
            description = "Every recorded claim across years: trainings, certificates, subsidies, institutions, projects, amounts, clawbacks; "
                    + "as JSON, or as a printable HTML page with Accept: text/html or format=html (every value escaped). "
                    + "The person in the body, never in the URL; the resident ID only masked in the answer. "
                    + "A person without claims has an empty record (200).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PersonRecordQuery.class),
            examples = @ExampleObject(name = "a person", value = "{\"personId\":\"540402199001191234\"}")))
    @APIResponse(responseCode = "200", description = "The record",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecordView.class),
                            examples = @ExampleObject(name = "two years", value = Examples.PERSON_RECORD_RESPONSE)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "page", value = Examples.PERSON_RECORD_HTML))})
    @APIResponse(responseCode = "400", description = "Invalid resident ID or format", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither hr-bureau nor auditor", ref = OpenApiDefinitions.FORBIDDEN)
    public Response getTrainingRecord(
            @Valid @NotNull PersonRecordQuery query,
            @Parameter(description = "json or html; default by the Accept header", example = "html")
            @QueryParam("format") @Pattern(regexp = "json|html", message = "json or html") String format,
            @Context HttpHeaders headers) {
        PersonRecordView view = records.record(query.personId());
        boolean html = "html".equals(format) || format == null && Negotiation.prefers(headers, MediaType.TEXT_HTML_TYPE);
        return html ? Response.ok(PersonRecordHtml.render(view), MediaType.TEXT_HTML + ";charset=UTF-8").build()
                : Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}

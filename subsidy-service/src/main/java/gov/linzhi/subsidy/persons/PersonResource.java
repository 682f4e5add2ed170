package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.api.Callers;
import gov.linzhi.subsidy.api.Examples;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import gov.linzhi.subsidy.identity.ResidentId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.time.Clock;
import java.time.LocalDate;

/** A person's entitlements, for the officer advising them (hr-bureau only). */
@Path("/api/v1/persons")
@Tag(name = "Persons", description = "What a worker can still claim")
public class PersonResource {

    @Inject
    EntitlementsService entitlements;

    @Inject
    Clock clock;

    @GET
    @Path("/{personId}/entitlements")
    @RolesAllowed(Callers.HR_BUREAU)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Training claims left this year, occupation+level pairs used, certificate subsidies taken",
            description = "A person with no recorded claim has every entitlement (200, not 404).")
    @APIResponse(responseCode = "200", description = "The entitlements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntitlementsView.class),
                    examples = @ExampleObject(name = "one claim used", value = Examples.ENTITLEMENTS_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid resident ID or year", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    public EntitlementsView entitlements(
            @Parameter(example = "540402199001191234") @PathParam("personId") @ResidentId String personId,
            @Parameter(description = "Calendar year of training completion; default this year", example = "2020")
            @QueryParam("year") @Pattern(regexp = "20[0-9]{2}|2100", message = "a year from 2000 to 2100") String year) {
        return entitlements.entitlements(personId, year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year));
    }
}

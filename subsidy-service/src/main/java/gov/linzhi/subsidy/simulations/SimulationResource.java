package gov.linzhi.subsidy.simulations;

import gov.linzhi.subsidy.api.Callers;
import gov.linzhi.subsidy.api.Examples;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a policy change would have cost (hr-bureau: it reads recorded claims). Stores nothing. */
@Path("/api/v1/simulations")
@Tag(name = "Simulations", description = "Replay claims or cases under changed parameters")
public class SimulationResource {

    @Inject
    SimulationService simulations;

    @POST
    @RolesAllowed(Callers.HR_BUREAU)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cost of changed parameters",
            description = "Replays a year's recorded claims (or the given cases) under the loaded rule sets and under the same sets with "
                    + "the changes, and reports the cost difference per programme.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SimulationRequest.class),
            examples = @ExampleObject(name = "apprenticeship L3 = 8000", value = Examples.SIMULATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Baseline, simulated and difference",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationResult.class),
                    examples = @ExampleObject(name = "result", value = Examples.SIMULATION_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Neither or both of year and cases, or an invalid case", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "422", description = "A change names a parameter no loaded rule set defines (UNKNOWN_PARAMETER)")
    public SimulationResult simulateRuleSet(@Valid @NotNull SimulationRequest body) {
        return simulations.simulate(body);
    }
}

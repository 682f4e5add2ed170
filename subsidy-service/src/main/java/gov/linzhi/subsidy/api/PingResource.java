package gov.linzhi.subsidy.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A bare JSON endpoint: the baseline the evaluation benchmark is compared with. */
@Path("/api/v1/ping")
@Tag(name = "Service", description = "Liveness of the API itself")
@PermitAll
public class PingResource {

    /** The answer of {@code GET /api/v1/ping}. */
    @Schema(name = "Ping")
    public record Ping(@Schema(examples = "subsidy-service") String service, @Schema(examples = "UP") String status) {
    }

    private static final Ping UP = new Ping("subsidy-service", "UP");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer with a small JSON document, touching nothing else")
    @APIResponse(responseCode = "200", description = "Up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ping.class),
                    examples = @ExampleObject(name = "up", value = Examples.PING_RESPONSE)))
    public Ping ping() {
        return UP;
    }
}

package gov.linzhi.platform.testing;

import gov.linzhi.platform.domain.Label;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

/**
 * A resource that exists only in tests (this jar is a test dependency), so every service can prove
 * the shared conventions on the same inputs: problem+json for each kind of bad input and for 401/403.
 */
@Path("/api/v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Level {
        @Label("初级工（五级）")
        LEVEL_5,
        @Label("中级工（四级）")
        LEVEL_4,
        @Label("高级工（三级）")
        LEVEL_3
    }

    public record ProbeBody(@NotBlank String name, @NotNull Level level, @Min(0) @Max(100) int percent, LocalDate on,
                            java.math.BigDecimal amount) {
    }

    @POST
    public ProbeBody echoProbe(@Valid @NotNull ProbeBody body) {
        return body;
    }

    @POST
    @Path("/secured")
    @RolesAllowed("supervisor")
    public ProbeBody postSecuredProbe(@Valid @NotNull ProbeBody body) {
        return body;
    }

    @GET
    @Path("/paged")
    public String listProbePages(@jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page,
                        @jakarta.ws.rs.QueryParam("size") @jakarta.ws.rs.DefaultValue("20") int size) {
        // the arithmetic a list does with them: it overflows when nothing bounds them
        return "page " + page + " from " + Math.multiplyExact(page, size);
    }

    @GET
    @Path("/limited")
    public String getLimitedProbe() {
        return "counted";
    }

    @GET
    @Path("/boom")
    public String failProbe() {
        throw new IllegalStateException("resident 540402199001011234 must never reach a response");
    }
}

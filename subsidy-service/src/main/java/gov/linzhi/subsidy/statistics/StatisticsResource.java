package gov.linzhi.subsidy.statistics;

import gov.linzhi.subsidy.api.Examples;
import gov.linzhi.subsidy.api.OpenApiDefinitions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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

import java.time.Clock;
import java.time.LocalDate;

/** Public aggregates against the plan's targets (read by tasks-service). */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Approved person-times and amounts against the plan's targets; no personal data")
@PermitAll
public class StatisticsResource {

    /** The years statistics are kept for; the statistics page checks its year the same way. */
    public static final String YEAR = "20[0-9]{2}|2100";

    @Inject
    StatisticsService statistics;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approved claims of a year against its target",
            description = "Year of training completion; default the current year. Clawed-back claims are not counted.")
    @APIResponse(responseCode = "200", description = "The aggregates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsView.class),
                    examples = @ExampleObject(name = "2020", value = Examples.STATISTICS_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Year outside 2000–2100 or not a number", ref = OpenApiDefinitions.INVALID)
    public StatisticsView getStatistics(@Parameter(example = "2020") @QueryParam("year") @Pattern(regexp = YEAR, message = "a year from 2000 to 2100") String year) {
        return statistics.forYear(year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year));
    }
}

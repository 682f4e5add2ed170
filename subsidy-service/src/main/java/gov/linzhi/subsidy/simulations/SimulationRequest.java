package gov.linzhi.subsidy.simulations;

import gov.linzhi.subsidy.api.EvaluationRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a policy change would have cost: a year's recorded claims (or a batch of cases) replayed with
 * changed parameters. Give {@code year} or {@code cases}, not both.
 */
@Schema(name = "SimulationRequest")
public record SimulationRequest(
        @Schema(description = "Replay the recorded claims of this year of training completion", examples = "2020")
        @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Or: replay these cases (personIds are ignored: no history is read)")
        @Size(max = 10000) List<@Valid @NotNull EvaluationRequest> cases,
        @Schema(required = true) @NotEmpty @Size(max = 100) List<@Valid @NotNull Change> changes) {

    /** One changed parameter. */
    @Schema(name = "ParameterChange")
    public record Change(
            @Schema(required = true, examples = "APPRENTICESHIP.LEVEL_3") @NotBlank String parameter,
            @Schema(description = "New value; null means not configured", examples = "8000") @DecimalMin("0") BigDecimal value,
            @Schema(description = "From this date on; default the start of each rule set's period", examples = "2020-01-01", nullable = true) LocalDate from) {
    }

    /** Exactly one basis. */
    @AssertTrue(message = "give either year or cases, not both")
    @Schema(hidden = true)
    public boolean isOneBasis() {
        return (year == null) != (cases == null);
    }
}

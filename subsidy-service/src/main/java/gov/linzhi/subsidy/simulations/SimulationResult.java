package gov.linzhi.subsidy.simulations;

import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Cost under the rule sets as loaded (baseline) and with the changes (simulated). */
@Schema(name = "SimulationResult")
public record SimulationResult(
        @Schema(examples = "RECORDED_CLAIMS") String basis,
        @Schema(nullable = true, examples = "2020") Integer year,
        @Schema(examples = "120") int casesEvaluated,
        List<SimulationRequest.Change> changes,
        Totals baseline,
        Totals simulated,
        @Schema(examples = "14000.00") BigDecimal difference,
        List<ProgrammeRow> byProgramme) {

    /** Approved person-times and amount. */
    @Schema(name = "SimulationTotals")
    public record Totals(long personTimes, BigDecimal amount) {
    }

    /** One programme's cost before and after. */
    @Schema(name = "SimulationByProgramme")
    public record ProgrammeRow(Programme programme, long baselinePersonTimes, BigDecimal baselineAmount, long simulatedPersonTimes,
                               BigDecimal simulatedAmount, BigDecimal difference) {
    }
}

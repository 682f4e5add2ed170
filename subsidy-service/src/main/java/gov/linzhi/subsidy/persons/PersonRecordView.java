package gov.linzhi.subsidy.persons;

import gov.linzhi.subsidy.claims.ClaimStatus;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * 五（九） 劳动者职业培训电子档案: every recorded claim of a person across years (trainings, certificates,
 * subsidies), with institutions, projects and amounts. The resident ID only masked.
 */
@Schema(name = "PersonTrainingRecord")
public record PersonRecordView(
        @Schema(examples = "5404**********1234") String personId,
        @Schema(description = "Approved, not clawed-back claims") long subsidisedClaims,
        @Schema(description = "Their amounts", examples = "3950.00") BigDecimal subsidisedAmount,
        List<YearSummary> years,
        List<Entry> entries) {

    /** One calendar year of training completion. */
    @Schema(name = "PersonTrainingRecordYear")
    public record YearSummary(int year, long trainings, long certificates, BigDecimal amount) {
    }

    /** One recorded claim. */
    @Schema(name = "PersonTrainingRecordEntry")
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record Entry(
            long claimId, ClaimStatus status, Programme programme, String occupation, @Schema(nullable = true) Level level, LocalDate trainingCompletedOn,
            @Schema(nullable = true) Level certificateLevel, @Schema(nullable = true) LocalDate certificateIssuedOn, @Schema(nullable = true) InstitutionRef institution, @Schema(nullable = true) ProjectRef project,
            BigDecimal amount, BigDecimal advanceAmount, BigDecimal transportAllowance, String ruleSetVersion,
            @Schema(description = "Reason codes of a refusal") List<String> reasons,
            Instant recordedAt, @Schema(nullable = true) Instant clawedBackAt, @Schema(nullable = true) String clawbackReason) {
    }

    /** The institution the claim named. */
    @Schema(name = "PersonTrainingRecordInstitution")
    public record InstitutionRef(String creditCode, String name) {
    }

    /** The catalogued project the claim named. */
    @Schema(name = "PersonTrainingRecordProject")
    public record ProjectRef(long id, String name, String county) {
    }
}

package gov.linzhi.subsidy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.linzhi.subsidy.claims.ClaimStatus;
import gov.linzhi.subsidy.claims.ClawbackCategory;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded claim with its decision. */
@Schema(name = "Claim")
public record ClaimView(
        @Schema(examples = "42") long id,
        @Schema(examples = "APPROVED") ClaimStatus status,
        @Schema(examples = "5404**********1234") String personId,
        Programme programme,
        @Schema(examples = "中式烹调师") String occupation,
        @Schema(examples = "2020-06-30") LocalDate trainingCompletedOn,
        Instant createdAt,
        @Schema(description = "Who is paid (the request's payee or the programme's default)") Payee payee,
        DecisionView decision,
        @Schema(description = "Present once the claim has been clawed back (7.17)") @JsonInclude(JsonInclude.Include.NON_NULL)
        ClawbackView clawback) {

    /** A clawback: the amount recovered and, for fraud or poor quality, the institution disqualified. */
    @Schema(name = "Clawback")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClawbackView(Instant clawedBackAt, String clawedBackBy, ClawbackCategory category, String reason,
                               @Schema(examples = "3950.00") BigDecimal amountRecovered,
                               @Schema(description = "统一社会信用代码 of the institution disqualified (FRAUD, POOR_QUALITY), if the claim named one")
                               String institutionDisqualified) {
    }
}

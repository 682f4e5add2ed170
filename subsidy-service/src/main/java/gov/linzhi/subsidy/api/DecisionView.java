package gov.linzhi.subsidy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.linzhi.subsidy.rules.ReasonCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The answer to an evaluation, and the decision recorded with a claim. */
@Schema(name = "Decision")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(
        @Schema(description = "Masked resident ID, when the case named a person", examples = "5404**********1234") String personId,
        boolean eligible,
        @Schema(description = "Yuan, 2 decimals; the sum of the lines", examples = "3950.00") BigDecimal amount,
        @Schema(description = "Part that may be paid in advance (6.12)", examples = "0.00") BigDecimal advanceAmount,
        @Schema(description = "Round-trip transport allowance, included in amount", examples = "0.00") BigDecimal transportAllowance,
        @Schema(description = "The rule-set version that decided; null when none is in force", examples = "2019-2021.1") String ruleSetVersion,
        @Schema(description = "Whether rules reading the person's recorded claims were applied") boolean historyChecked,
        @Schema(description = "Remarks, e.g. that history rules were skipped") List<String> notices,
        List<LineView> lines,
        List<ReasonView> reasons) {

    /** One component of the amount. */
    @Schema(name = "DecisionLine")
    public record LineView(
            @Schema(examples = "APPRENTICESHIP.LEVEL_3") String ruleId,
            @Schema(examples = "新型学徒培训 高级工（三级）") String label,
            @Schema(examples = "Apprenticeship, level 3") String labelEn,
            @Schema(examples = "7000.00") BigDecimal amount,
            CitationView citation) {
    }

    /** One failed condition. */
    @Schema(name = "DecisionReason")
    public record ReasonView(ReasonCode code, String ruleId, String message, CitationView citation) {
    }

    /** Where the rule comes from. */
    @Schema(name = "Citation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CitationView(
            @Schema(examples = "林政办发〔2020〕5号") String documentNumber,
            @Schema(examples = "3.1.3") String provisionPath,
            @Schema(examples = "培训后未能取得中级以上职业资格证书的，按补贴标准的50%给予补贴。") String text,
            @Schema(description = "Stable URL of the provision on gazette-service, for documents the gazette contains")
            String gazetteUrl) {
    }
}

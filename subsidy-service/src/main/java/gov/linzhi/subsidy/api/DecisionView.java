package gov.linzhi.subsidy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.linzhi.subsidy.rules.Payee;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import io.soabase.recordbuilder.core.RecordBuilder;

/** The answer to an evaluation, and the decision recorded with a claim. */
@Schema(name = "Decision")
@JsonInclude(JsonInclude.Include.NON_NULL)
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record DecisionView(
        @Schema(description = "Masked resident ID, when the case named a person", examples = "5404**********1234") String personId,
        @Schema(description = "No condition failed. An eligible decision may still be incomplete (see complete)") boolean eligible,
        @Schema(description = "Every part was decided; false when a part's amount is not configured yet (listed in notConfigured)")
        boolean complete,
        @Schema(description = "Yuan, 2 decimals; the sum of the lines", examples = "3950.00") BigDecimal amount,
        @Schema(description = "Part that may be paid in advance (6.12)", examples = "0.00") BigDecimal advanceAmount,
        @Schema(description = "Round-trip transport allowance, included in amount", examples = "0.00") BigDecimal transportAllowance,
        @Schema(nullable = true, description = "The rule-set version that decided; null when none is in force", examples = "2019-2021.2") String ruleSetVersion,
        @Schema(description = "Whether rules reading the person's recorded claims were applied") boolean historyChecked,
        @Schema(description = "Who is paid: the case's payee or its programme's default") Payee payee,
        @Schema(description = "Remarks, e.g. that history rules were skipped") List<String> notices,
        List<LineView> lines,
        @Schema(description = "Parts of the decision whose amount is not configured yet (e.g. per 藏人社发〔2018〕157号); the other parts are paid")
        List<PartView> notConfigured,
        List<ReasonView> reasons) {

    /** One component of the amount (written by {@link CitationJson.Lines}: the same properties, rule-set text encoded once). */
    @Schema(name = "DecisionLine")
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = CitationJson.Lines.class)
    public record LineView(
            @Schema(examples = "APPRENTICESHIP.LEVEL_3") String ruleId,
            @Schema(examples = "新型学徒培训 高级工（三级）") String label,
            @Schema(examples = "Apprenticeship, level 3") String labelEn,
            @Schema(examples = "7000.00") BigDecimal amount,
            CitationView citation) {
    }

    /** A part waiting for its amount to be configured. */
    @Schema(name = "DecisionPart")
    public record PartView(
            @Schema(examples = "KEY_GROUP_TRAINING.AMOUNT") String ruleId,
            @Schema(examples = "重点群体就业技能培训补贴标准（藏人社发〔2018〕157号）") String label,
            @Schema(examples = "Key-group employment training amount (per 藏人社发〔2018〕157号)") String labelEn,
            CitationView citation) {
    }

    /** One failed condition. */
    @Schema(name = "DecisionReason")
    public record ReasonView(
            @Schema(description = "Stable reason code, declared by the rule set (GET /api/v1/rules lists them)", examples = "INSURED_ELSEWHERE")
            String code,
            @Schema(nullable = true, examples = "INSURED_ELSEWHERE") String ruleId,
            @Schema(description = "messageZh / messageEn") String message,
            @Schema(examples = "须在本市依法参加失业保险") String messageZh,
            @Schema(examples = "Unemployment insurance must be held in Linzhi") String messageEn,
            @Schema(description = "The facts the failed condition read (request fields, or facts.<name>)", examples = "[\"insuredInLinzhi\"]")
            List<String> facts,
            CitationView citation) {
    }

    /** Where the rule comes from (written by {@link CitationJson}: the same properties, encoded once). */
    @Schema(name = "Citation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = CitationJson.class)
    public record CitationView(
            @Schema(examples = "林政办发〔2020〕5号") String documentNumber,
            @Schema(examples = "3.1.3") String provisionPath,
            @Schema(examples = "培训后未能取得中级以上职业资格证书的，按补贴标准的50%给予补贴。") String text,
            @Schema(description = "Stable URL of the provision on gazette-service, for documents the gazette contains")
            String gazetteUrl) {
    }
}

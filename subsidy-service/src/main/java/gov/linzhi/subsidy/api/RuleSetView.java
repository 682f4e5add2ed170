package gov.linzhi.subsidy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.linzhi.subsidy.facts.FactView;
import gov.linzhi.subsidy.rules.Payee;
import gov.linzhi.subsidy.rules.Programme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.soabase.recordbuilder.core.RecordBuilder;

/** A rule set as published by {@code GET /rules}: parameters with dated values, tables, rules, citations. */
@Schema(name = "RuleSet")
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record RuleSetView(
        @Schema(examples = "2019-2021.1") String version,
        String title,
        @Schema(examples = "2019-01-01") LocalDate periodFrom,
        @Schema(examples = "2021-12-31") LocalDate periodTo,
        @Schema(description = "Applies to trainings completed from this date on", examples = "2019-01-01") LocalDate effectiveFrom,
        VersionView loaded,
        List<ProgrammeView> programmes,
        @Schema(description = "Every fact the rules read (also GET /api/v1/facts)") List<FactView> facts,
        @Schema(description = "Every reason code a refusal can give") List<ReasonView> reasons,
        List<ParameterView> parameters,
        List<TableView> tables,
        List<RuleView> rules,
        TargetsView targets) {

    /** A programme of the plan and who is paid unless a claim says otherwise. */
    @Schema(name = "RuleProgramme")
    public record ProgrammeView(Programme code, String labelZh, String labelEn, Payee payee, DecisionView.CitationView citation) {
    }

    /** A reason code and its messages. */
    @Schema(name = "RuleReason")
    public record ReasonView(@Schema(examples = "INSURED_ELSEWHERE") String code, String messageZh, String messageEn) {
    }

    /** A parameter and its dated values. */
    @Schema(name = "RuleParameter")
    public record ParameterView(@Schema(examples = "APPRENTICESHIP.LEVEL_3") String id, String labelZh, String labelEn,
                                @Schema(examples = "YUAN") String unit, List<ValueView> values, DecisionView.CitationView citation) {
    }

    /** A value from a date (to a date, or until the next value). A null value is "not configured". */
    @Schema(name = "RuleParameterValue")
    public record ValueView(LocalDate from, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate to,
                            @Schema(nullable = true, examples = "7000") BigDecimal value) {
    }

    /** A decision table. */
    @Schema(name = "RuleTable")
    public record TableView(String id, String labelZh, String labelEn, List<String> inputs, List<RowView> rows) {
    }

    /** A row: when every named input has one of the listed values, then the outcome. */
    @Schema(name = "RuleTableRow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowView(String id, String labelZh, String labelEn, Map<String, List<String>> when, Map<String, Object> then,
                          DecisionView.CitationView citation) {
    }

    /** A rule and its place among the others. */
    @Schema(name = "Rule")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record RuleView(String id, int order, String kind, String labelZh, String labelEn, List<Programme> programmes,
                           @Schema(description = "Reads the person's recorded claims (skipped without personId)") boolean history,
                           @Schema(description = "Reads the institution's standing (skipped when the case names none)") boolean institution,
                           @Schema(description = "The condition, in CEL", examples = "!facts.insuredInLinzhi") String when,
                           String parameter, String table, String reason,
                           @Schema(description = "The decimal fact a TRANSPORT rule multiplies") String fare,
                           @Schema(description = "Why the rule reads the plan as it does") String note,
                           DecisionView.CitationView citation) {
    }

    /** The plan's person-time targets. */
    @Schema(name = "RuleTargets")
    public record TargetsView(int planPeriod, List<YearView> years, DecisionView.CitationView citation) {
    }

    /** One year's target. */
    @Schema(name = "RuleYearTarget")
    public record YearView(int year, int personTimes) {
    }

    /** When, how and by whom a version was loaded. */
    @Schema(name = "RuleSetVersion")
    public record VersionView(@Schema(examples = "2019-2021.1") String version, LocalDate effectiveFrom, LocalDate periodFrom,
                              LocalDate periodTo, @Schema(examples = "BUILT_IN") String source, String sha256, Instant loadedAt,
                              String loadedBy) {
    }
}

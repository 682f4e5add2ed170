package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A rule-set file as written by a policy officer ({@code rules/2019-2021/rule-set.yaml}); its shape is
 * fixed by {@code rules/rule-set.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RecordBuilder
@RecordBuilder.Options(inheritComponentAnnotations = false)
public record RuleSetDocument(
        String version,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate effectiveFrom,
        CitationRef periodCitation,
        List<DocumentDef> documents,
        List<ProgrammeDef> programmes,
        List<FactDef> facts,
        List<ReasonDef> reasons,
        List<ParameterDef> parameters,
        List<TableDef> tables,
        List<RuleDef> rules,
        TargetsDef targets,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<JsonNode> cases) implements RuleSetDocumentBuilder.With {

    // withCases (the built-in set keeps its policy cases in files beside it) and withParameters (simulations) come
    // from RuleSetDocumentBuilder.With: the same document with one part replaced.

    public List<JsonNode> casesOrEmpty() {
        return cases == null ? List.of() : cases;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CitationRef(String document, String provision, String quote) {
    }

    public record DocumentDef(String number, String title, boolean inGazette, List<ProvisionDef> provisions) {
    }

    public record ProvisionDef(String path, String text) {
    }

    /**
     * A subsidy programme of the plan; {@code payee} is who is paid unless a claim says otherwise (6.12 个人未领取补贴
     * needs to know whether the person was paid personally).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgrammeDef(String code, String labelZh, String labelEn, String payee, CitationRef citation) {
    }

    /**
     * A fact a rule reads. {@code default} applies when a case does not give it; a fact without a default that a case
     * may leave out is optional in expressions ({@code facts.x.hasValue()}). {@code required}: every case gives it;
     * {@code requiredFor}: cases of these programmes must give it; {@code programmes}: the programmes that read it (a
     * form asks for it only then; absent: all). {@code input: false} marks a fact the service derives.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactDef(String name, String type, String labelZh, String labelEn, List<ValueDef> values,
                          @com.fasterxml.jackson.annotation.JsonProperty("default") Object defaultValue,
                          Boolean required, List<String> requiredFor, List<String> programmes, Boolean input, CitationRef citation) {
    }

    /** One value of an enum (or set) fact. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueDef(String value, String labelZh, String labelEn, CitationRef citation) {
    }

    /** A reason code a refusal can give, with its messages. */
    public record ReasonDef(String code, String messageZh, String messageEn) {
    }

    public record ParameterDef(String id, String labelZh, String labelEn, String unit, CitationRef citation,
                               List<DatedValue> values) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DatedValue(LocalDate from, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate to, BigDecimal value) {
    }

    public record TableDef(String id, String labelZh, String labelEn, List<String> inputs, List<RowDef> rows) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowDef(String id, String labelZh, String labelEn, CitationRef citation,
                         Map<String, List<Object>> when, ThenDef then) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ThenDef(String parameter, Boolean fullCost, Boolean keep, String reduceToShare, String reason) {
    }

    /**
     * A rule. {@code when} is a CEL expression over {@code facts}, {@code params}, {@code history} and
     * {@code institution}; {@code fare} names the decimal fact a TRANSPORT rule multiplies; {@code note} says why a
     * rule reads the plan as it does.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleDef(String id, int order, String kind, String labelZh, String labelEn, List<String> programmes,
                          String when, String parameter, String table, String reason, String fare, String note,
                          CitationRef citation) {
    }

    public record TargetsDef(CitationRef citation, int planPeriod, List<YearTarget> years) {
    }

    public record YearTarget(int year, int personTimes) {
    }
}

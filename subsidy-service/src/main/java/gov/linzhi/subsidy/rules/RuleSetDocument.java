package gov.linzhi.subsidy.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule-set file as written by a policy officer ({@code rules/2019-2021/rule-set.yaml}); its shape is
 * fixed by {@code rules/rule-set.schema.json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetDocument(
        String version,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate effectiveFrom,
        CitationRef periodCitation,
        List<DocumentDef> documents,
        List<ParameterDef> parameters,
        List<TableDef> tables,
        List<RuleDef> rules,
        TargetsDef targets) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CitationRef(String document, String provision, String quote) {
    }

    public record DocumentDef(String number, String title, boolean inGazette, List<ProvisionDef> provisions) {
    }

    public record ProvisionDef(String path, String text) {
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
    public record ThenDef(String parameter, Boolean fullCost, Boolean keep, String reduceToShare, ReasonCode reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleDef(String id, int order, String kind, String labelZh, String labelEn, List<Programme> programmes,
                          Boolean history, String test, String parameter, String table, ReasonCode reason,
                          CitationRef citation) {
    }

    public record TargetsDef(CitationRef citation, int planPeriod, List<YearTarget> years) {
    }

    public record YearTarget(int year, int personTimes) {
    }
}

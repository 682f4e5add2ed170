package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.DecisionView.CitationView;
import gov.linzhi.subsidy.api.RuleSetView;
import gov.linzhi.subsidy.rules.Programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules page: the API's {@link RuleSetView} of one version, written out in Chinese, and the list of
 * versions. {@code set} is null when none was found; {@code problem} then says why (or what was mistyped).
 */
public record RulesPageModel(RuleSetView set, StandardsTable standards, List<ParameterRow> parameters, List<TableSection> tables,
                        List<RuleRow> rules, List<RuleSetView.VersionView> versions, String on, String problem) {

    /** A parameter with its dated values written out. */
    public record ParameterRow(String id, String label, List<String> values, CitationView citation) {
    }

    /** A decision table. */
    public record TableSection(String id, String label, List<TableRow> rows) {
    }

    /** A row: its conditions and outcome in words. */
    public record TableRow(String id, String label, String when, String then, CitationView citation) {
    }

    /** A rule in the order it is applied. */
    public record RuleRow(int order, String id, String kind, String label, String programmes, String reason, CitationView citation) {
    }

    public static RulesPageModel of(RuleSetView set, StandardsTable standards, List<RuleSetView.VersionView> versions, String on) {
        Map<String, String> parameterLabels = set.parameters().stream()
                .collect(Collectors.toMap(RuleSetView.ParameterView::id, RuleSetView.ParameterView::labelZh));
        return new RulesPageModel(set, standards,
                set.parameters().stream().map(p -> new ParameterRow(p.id(), p.labelZh(),
                        p.values().stream().map(v -> dated(v, p.unit())).toList(), p.citation())).toList(),
                set.tables().stream().map(t -> new TableSection(t.id(), t.labelZh(), t.rows().stream()
                        .map(r -> new TableRow(r.id(), r.labelZh(), when(r.when()), then(r.then(), parameterLabels), r.citation()))
                        .toList())).toList(),
                set.rules().stream().map(r -> new RuleRow(r.order(), r.id(), Labels.term(r.kind()), r.labelZh(),
                        r.programmes().size() == Programme.values().length ? "全部"
                                : r.programmes().stream().map(Labels::programme).collect(Collectors.joining("、")),
                        r.reason(), r.citation())).toList(),
                versions, on, null);
    }

    /** The page without a rule set: the versions, and why none is shown. */
    public static RulesPageModel without(List<RuleSetView.VersionView> versions, String on, String problem) {
        return new RulesPageModel(null, null, List.of(), List.of(), List.of(), versions, on, problem);
    }

    private static String dated(RuleSetView.ValueView v, String unit) {
        String period = "自 " + v.from() + (v.to() == null ? " 起" : " 至 " + v.to());
        return period + "：" + (v.value() == null ? "未配置" : value(v.value(), unit));
    }

    private static String value(BigDecimal value, String unit) {
        return switch (unit) {
            case "SHARE" -> value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            default -> value.stripTrailingZeros().toPlainString() + " " + Labels.term(unit);
        };
    }

    private static String when(Map<String, List<String>> when) {
        return when.entrySet().stream()
                .map(e -> Labels.term(e.getKey()) + "：" + e.getValue().stream().map(Labels::term).collect(Collectors.joining("、")))
                .collect(Collectors.joining("；"));
    }

    private static String then(Map<String, Object> then, Map<String, String> parameterLabels) {
        if (then.get("reason") != null) {
            return "不予补贴（代码 " + then.get("reason") + "）";
        }
        if (then.get("parameter") != null) {
            return "按“" + parameterLabels.getOrDefault((String) then.get("parameter"), (String) then.get("parameter")) + "”的标准";
        }
        if (then.get("reduceToShare") != null) {
            return "按“" + parameterLabels.getOrDefault((String) then.get("reduceToShare"), (String) then.get("reduceToShare")) + "”补贴";
        }
        if (Boolean.TRUE.equals(then.get("fullCost"))) {
            return "全额补贴培训经费";
        }
        return "按标准补贴";
    }
}

package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.RuleSetDocument.RowDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.TableDef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A decision table's rows against every combination of its inputs' values (a check of {@link ConsistencyCheck}). */
final class TableCompleteness {

    private static final int MAX_LISTED = 5;

    private TableCompleteness() {
    }

    /** Every combination of input values must match exactly one row. */
    static List<String> problems(TableDef t, Function<String, List<String>> inputValues) {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> cases = RuleSet.Table.combinations(t.inputs(), inputValues);
        List<String> gaps = new ArrayList<>();
        Map<String, String> overlaps = new LinkedHashMap<>();
        for (Map<String, String> c : cases) {
            List<String> matching = t.rows().stream().filter(r -> matches(r, c)).map(RowDef::id).toList();
            if (matching.isEmpty()) {
                gaps.add(describe(c));
            } else if (matching.size() > 1) {
                overlaps.putIfAbsent(String.join(" and ", matching), describe(c));
            }
        }
        if (!gaps.isEmpty()) {
            problems.add("table " + t.id() + " has a gap: no row matches " + String.join("; ", gaps.subList(0, Math.min(MAX_LISTED, gaps.size())))
                    + (gaps.size() > MAX_LISTED ? " (and " + (gaps.size() - MAX_LISTED) + " more cases)" : ""));
        }
        overlaps.forEach((rows, example) ->
                problems.add("table " + t.id() + " has an overlap: rows " + rows + " both match " + example));
        return problems;
    }

    private static boolean matches(RowDef row, Map<String, String> c) {
        for (Map.Entry<String, List<Object>> condition : row.when().entrySet()) {
            if (condition.getValue().stream().map(String::valueOf).noneMatch(v -> v.equals(c.get(condition.getKey())))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Map<String, String> c) {
        return c.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}

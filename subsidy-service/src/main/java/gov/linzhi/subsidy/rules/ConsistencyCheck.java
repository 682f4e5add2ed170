package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.RuleSetDocument.CitationRef;
import gov.linzhi.subsidy.rules.RuleSetDocument.DatedValue;
import gov.linzhi.subsidy.rules.RuleSetDocument.DocumentDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ParameterDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ProvisionDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RowDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RuleDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.TableDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ThenDef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a schema cannot express: decision tables without gaps or overlaps, citations that point
 * somewhere, parameters with a value for the whole period, references that resolve. Each problem is
 * one precise sentence naming the element at fault.
 */
public final class ConsistencyCheck {

    private static final int MAX_LISTED = 5;

    private final RuleSetDocument doc;
    private final List<String> problems = new ArrayList<>();

    private ConsistencyCheck(RuleSetDocument doc) {
        this.doc = doc;
    }

    /** Every consistency problem of the document; empty when it can be used. */
    public static List<String> check(RuleSetDocument doc) {
        ConsistencyCheck check = new ConsistencyCheck(doc);
        check.period();
        check.documents();
        check.citation("periodCitation", doc.periodCitation());
        check.citation("targets", doc.targets().citation());
        check.parameters();
        check.tables();
        check.rules();
        check.targets();
        return List.copyOf(check.problems);
    }

    private void period() {
        if (doc.periodFrom().isAfter(doc.periodTo())) {
            problems.add("periodFrom " + doc.periodFrom() + " is after periodTo " + doc.periodTo());
        }
        if (doc.effectiveFrom().isBefore(doc.periodFrom()) || doc.effectiveFrom().isAfter(doc.periodTo())) {
            problems.add("effectiveFrom " + doc.effectiveFrom() + " lies outside the period " + doc.periodFrom() + " … " + doc.periodTo());
        }
    }

    private void documents() {
        duplicates("document", doc.documents().stream().map(DocumentDef::number).toList());
        for (DocumentDef d : doc.documents()) {
            duplicates("provision of " + d.number(), d.provisions().stream().map(ProvisionDef::path).toList());
        }
    }

    private void citation(String where, CitationRef ref) {
        DocumentDef document = doc.documents().stream().filter(d -> d.number().equals(ref.document())).findFirst().orElse(null);
        if (document == null) {
            problems.add("citation of " + where + " points nowhere: the rule set has no document " + ref.document());
            return;
        }
        if (ref.provision() == null) {
            if (ref.quote() != null) {
                problems.add("citation of " + where + " quotes text but names no provision of " + ref.document());
            }
            return;
        }
        ProvisionDef provision = document.provisions().stream().filter(p -> p.path().equals(ref.provision())).findFirst().orElse(null);
        if (provision == null) {
            problems.add("citation of " + where + " points nowhere: " + ref.document() + " has no provision " + ref.provision());
        } else if (ref.quote() != null && !provision.text().contains(ref.quote())) {
            problems.add("citation of " + where + " quotes text that provision " + ref.provision() + " of " + ref.document()
                    + " does not contain: " + ref.quote());
        }
    }

    private void parameters() {
        duplicates("parameter", doc.parameters().stream().map(ParameterDef::id).toList());
        for (ParameterDef p : doc.parameters()) {
            citation("parameter " + p.id(), p.citation());
            coverage(p);
            for (DatedValue v : p.values()) {
                if (v.value() == null) {
                    continue;
                }
                boolean whole = v.value().stripTrailingZeros().scale() <= 0;
                if (("MONTHS".equals(p.unit()) || "COUNT".equals(p.unit())) && !whole) {
                    problems.add("parameter " + p.id() + " counts " + p.unit() + " but has the fraction " + v.value() + " from " + v.from());
                }
                if ("SHARE".equals(p.unit()) && v.value().compareTo(BigDecimal.ONE) > 0) {
                    problems.add("parameter " + p.id() + " is a share but has the value " + v.value() + " (more than 1) from " + v.from());
                }
            }
        }
    }

    /** Dated values must cover the period exactly once: no gap, no overlap. */
    private void coverage(ParameterDef p) {
        List<DatedValue> values = p.values().stream().sorted(Comparator.comparing(DatedValue::from)).toList();
        LocalDate cursor = doc.periodFrom();
        for (int i = 0; i < values.size(); i++) {
            DatedValue v = values.get(i);
            if (v.to() != null && v.to().isBefore(v.from())) {
                problems.add("parameter " + p.id() + " has a value from " + v.from() + " to " + v.to() + ", which ends before it starts");
                return;
            }
            if (i > 0 && !v.from().isAfter(cursor.minusDays(1))) {
                problems.add("parameter " + p.id() + " has overlapping values: the value from " + v.from()
                        + " starts before the previous one ends on " + cursor.minusDays(1));
                return;
            }
            if (v.from().isAfter(cursor) && !cursor.isAfter(doc.periodTo())) {
                LocalDate gapEnd = v.from().minusDays(1).isAfter(doc.periodTo()) ? doc.periodTo() : v.from().minusDays(1);
                problems.add("parameter " + p.id() + " has no value from " + cursor + " to " + gapEnd);
            }
            LocalDate end = v.to() != null ? v.to()
                    : i + 1 < values.size() ? values.get(i + 1).from().minusDays(1) : LocalDate.MAX.minusDays(1);
            cursor = end.plusDays(1);
        }
        if (!cursor.isAfter(doc.periodTo())) {
            problems.add("parameter " + p.id() + " has no value from " + cursor + " to " + doc.periodTo());
        }
    }

    private void tables() {
        duplicates("table", doc.tables().stream().map(TableDef::id).toList());
        Set<String> parameterIds = doc.parameters().stream().map(ParameterDef::id).collect(Collectors.toSet());
        for (TableDef t : doc.tables()) {
            duplicates("row of table " + t.id(), t.rows().stream().map(RowDef::id).toList());
            boolean wellFormed = true;
            for (RowDef r : t.rows()) {
                String where = "row " + r.id() + " of table " + t.id();
                for (String input : r.when().keySet()) {
                    if (!t.inputs().contains(input)) {
                        problems.add(where + " tests " + input + ", which is not an input of the table");
                        wellFormed = false;
                    }
                }
                ThenDef then = r.then();
                String ref = then.parameter() != null ? then.parameter() : then.reduceToShare();
                if (ref != null && !parameterIds.contains(ref)) {
                    problems.add(where + " refers to parameter " + ref + ", which the rule set does not define");
                }
                if (then.parameter() == null && then.keep() == null) {
                    if (r.citation() == null || r.labelZh() == null || r.labelEn() == null) {
                        problems.add(where + " needs labelZh, labelEn and a citation (only rows naming a parameter take them from it)");
                    }
                }
                if (r.citation() != null) {
                    citation(where, r.citation());
                }
            }
            if (wellFormed) {
                completeness(t);
            }
        }
    }

    /** Every combination of input values must match exactly one row. */
    private void completeness(TableDef t) {
        List<Map<String, String>> cases = new ArrayList<>();
        cases.add(new LinkedHashMap<>());
        for (String input : t.inputs()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : cases) {
                for (String value : RuleSet.TABLE_INPUTS.get(input)) {
                    Map<String, String> c = new LinkedHashMap<>(partial);
                    c.put(input, value);
                    next.add(c);
                }
            }
            cases = next;
        }
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

    private void rules() {
        duplicates("rule", doc.rules().stream().map(RuleDef::id).toList());
        Map<Integer, String> orders = new HashMap<>();
        Set<String> parameterIds = doc.parameters().stream().map(ParameterDef::id).collect(Collectors.toSet());
        Set<String> tableIds = doc.tables().stream().map(TableDef::id).collect(Collectors.toSet());
        for (RuleDef r : doc.rules()) {
            String where = "rule " + r.id();
            String previous = orders.putIfAbsent(r.order(), r.id());
            if (previous != null) {
                problems.add(where + " has order " + r.order() + ", already taken by rule " + previous);
            }
            citation(where, r.citation());
            if (r.parameter() != null && !parameterIds.contains(r.parameter())) {
                problems.add(where + " refers to parameter " + r.parameter() + ", which the rule set does not define");
            }
            if (r.table() != null && !tableIds.contains(r.table())) {
                problems.add(where + " refers to table " + r.table() + ", which the rule set does not define");
            }
            if (r.test() != null) {
                RuleSet.Test test = RuleSet.Test.valueOf(r.test());
                if (test.needsParameter() && r.parameter() == null) {
                    problems.add(where + " tests " + test + ", which needs a parameter");
                }
                if (test.needsHistory() && !Boolean.TRUE.equals(r.history())) {
                    problems.add(where + " tests " + test + ", which reads recorded claims: mark it history: true");
                }
            }
        }
    }

    private void targets() {
        duplicates("target year", doc.targets().years().stream().map(y -> String.valueOf(y.year())).toList());
        for (RuleSetDocument.YearTarget y : doc.targets().years()) {
            if (y.year() < doc.periodFrom().getYear() || y.year() > doc.periodTo().getYear()) {
                problems.add("target year " + y.year() + " lies outside the period " + doc.periodFrom() + " … " + doc.periodTo());
            }
        }
    }

    private void duplicates(String what, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add(what + " " + id + " is defined more than once");
            }
        }
    }
}

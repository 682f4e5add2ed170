package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.ConditionLanguage.Condition;
import gov.linzhi.subsidy.rules.RuleSetDocument.CitationRef;
import gov.linzhi.subsidy.rules.RuleSetDocument.DatedValue;
import gov.linzhi.subsidy.rules.RuleSetDocument.DocumentDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.FactDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ProgrammeDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ReasonDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ValueDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ParameterDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ProvisionDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RowDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RuleDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.TableDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ThenDef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a schema cannot express: programmes the service knows, facts with the types the service reads,
 * declared reasons, conditions that compile and type-check against the declared facts and parameters,
 * decision tables without gaps or overlaps, citations that point somewhere, parameters with a value for the
 * whole period, references that resolve. Each problem is one precise sentence naming the element at fault.
 *
 * <p>Longer than 300 lines on purpose: one pass reads the document in the order its parts depend on each other
 * (facts, then reasons, parameters, tables, rules), and each check uses what the earlier ones collected (the
 * declared facts and reason codes, the compiled conditions). The checks that need none of that state stand apart:
 * {@link ParameterCoverage} and {@link TableCompleteness}.
 */
public final class ConsistencyCheck {

    private final RuleSetDocument doc;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final Map<String, Condition> conditions = new LinkedHashMap<>();
    private final Set<String> programmeCodes = new java.util.LinkedHashSet<>();
    private final Set<String> reasonCodes = new HashSet<>();

    private ConsistencyCheck(RuleSetDocument doc) {
        this.doc = doc;
    }

    /** What checking a document found: its problems, or the facts and compiled conditions to run it with. */
    public record Result(List<String> problems, Map<String, Fact> facts, Map<String, Condition> conditions) {
    }

    /** Every consistency problem of the document (empty when it can be used), with its facts and conditions. */
    public static Result check(RuleSetDocument doc) {
        ConsistencyCheck check = new ConsistencyCheck(doc);
        check.period();
        check.documents();
        check.citation("periodCitation", doc.periodCitation());
        check.citation("targets", doc.targets().citation());
        check.programmes();
        check.facts();
        check.reasons();
        check.parameters();
        check.tables();
        check.rules();
        check.targets();
        return new Result(List.copyOf(check.problems), java.util.Collections.unmodifiableMap(check.facts),
                java.util.Collections.unmodifiableMap(check.conditions));
    }

    private void programmes() {
        duplicates("programme", doc.programmes().stream().map(ProgrammeDef::code).toList());
        List<String> payees = CoreFacts.CODES.get(CoreFacts.PAYEE);
        List<Fact.Value> values = new ArrayList<>();
        for (ProgrammeDef p : doc.programmes()) {
            String where = "programme " + p.code();
            if (!CoreFacts.CODES.get(CoreFacts.PROGRAMME).contains(p.code())) {
                problems.add(where + " is not one the service knows (" + String.join(", ", CoreFacts.CODES.get(CoreFacts.PROGRAMME))
                        + "): a new programme needs a service release");
                continue;
            }
            if (!payees.contains(p.payee())) {
                problems.add(where + " names the payee " + p.payee() + "; payees are " + String.join(", ", payees));
            }
            citation(where, p.citation());
            programmeCodes.add(p.code());
            values.add(new Fact.Value(p.code(), p.labelZh(), p.labelEn(), null));
        }
        facts.put(CoreFacts.PROGRAMME, new Fact(CoreFacts.PROGRAMME, FactType.ENUM, "补贴项目", "Programme", values, null, true,
                Set.of(), Set.of(), true, null));
    }

    private void facts() {
        duplicates("fact", doc.facts().stream().map(FactDef::name).toList());
        for (FactDef f : doc.facts()) {
            String where = "fact " + f.name();
            if (f.name().equals(CoreFacts.PROGRAMME)) {
                problems.add(where + " is declared by the programmes list, not among the facts");
                continue;
            }
            FactType type = FactType.fromYaml(f.type());
            List<ValueDef> valueDefs = f.values() == null ? List.of() : f.values();
            if (type.hasValues() == valueDefs.isEmpty()) {
                problems.add(where + (type.hasValues() ? " is an " + f.type() + " and needs its values" : " is a " + f.type() + " and takes no values"));
            }
            duplicates("value of " + where, valueDefs.stream().map(ValueDef::value).toList());
            FactType core = CoreFacts.TYPES.get(f.name());
            if (core != null && core != type) {
                problems.add(where + " is read by the service as " + core.yamlName() + ", not " + f.type());
            }
            List<String> coreCodes = CoreFacts.CODES.get(f.name());
            if (coreCodes != null && !new HashSet<>(coreCodes).equals(valueDefs.stream().map(ValueDef::value).collect(Collectors.toSet()))) {
                problems.add(where + " must have exactly the values the service reads: " + String.join(", ", coreCodes));
            }
            List<Fact.Value> values = new ArrayList<>();
            for (ValueDef v : valueDefs) {
                if (v.citation() != null) {
                    citation("value " + v.value() + " of " + where, v.citation());
                }
                values.add(new Fact.Value(v.value(), v.labelZh(), v.labelEn(), v.citation() == null || !resolves(v.citation()) ? null
                        : RuleSet.resolve(doc, v.citation())));
            }
            Set<Programme> requiredFor = programmesOf(where + " requiredFor", f.requiredFor());
            Set<Programme> readBy = programmesOf(where + " programmes", f.programmes());
            if (f.citation() != null) {
                citation(where, f.citation());
            }
            Citation citation = f.citation() == null || !resolves(f.citation()) ? null : RuleSet.resolve(doc, f.citation());
            Fact fact = new Fact(f.name(), type, f.labelZh(), f.labelEn(), values, null, Boolean.TRUE.equals(f.required()), requiredFor,
                    readBy, !Boolean.FALSE.equals(f.input()), citation);
            Object defaultValue = null;
            if (f.defaultValue() != null) {
                try {
                    defaultValue = fact.parse(f.defaultValue());
                } catch (IllegalArgumentException e) {
                    problems.add(where + " has the default " + f.defaultValue() + ", which " + e.getMessage());
                }
            }
            facts.put(f.name(), new Fact(fact.name(), type, fact.labelZh(), fact.labelEn(), values, defaultValue, fact.required(),
                    requiredFor, readBy, fact.input(), citation));
        }
        for (String needed : CoreFacts.ENGINE_READS) {
            if (!facts.containsKey(needed)) {
                problems.add("the rule set must declare the fact " + needed + " (" + CoreFacts.TYPES.get(needed).yamlName()
                        + "): the service reads it for every case");
            }
        }
    }

    private Set<Programme> programmesOf(String where, List<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        Set<Programme> out = java.util.EnumSet.noneOf(Programme.class);
        for (String code : codes) {
            if (!programmeCodes.contains(code)) {
                problems.add(where + " names the programme " + code + ", which the rule set does not list");
            } else {
                out.add(Programme.valueOf(code));
            }
        }
        return out;
    }

    private boolean resolves(CitationRef ref) {
        return doc.documents().stream().filter(d -> d.number().equals(ref.document()))
                .anyMatch(d -> ref.provision() == null || d.provisions().stream().anyMatch(p -> p.path().equals(ref.provision())));
    }

    private void reasons() {
        duplicates("reason", doc.reasons().stream().map(ReasonDef::code).toList());
        for (ReasonDef r : doc.reasons()) {
            if (r.code().equals(ReasonCode.NO_RULES_IN_FORCE.name())) {
                problems.add("reason " + r.code() + " belongs to the service (no rule set in force) and cannot be declared");
            }
            reasonCodes.add(r.code());
        }
    }

    private void reason(String where, String code) {
        if (code != null && !reasonCodes.contains(code)) {
            problems.add(where + " gives the reason " + code + ", which the rule set does not declare among its reasons");
        }
    }

    /** The values a table input can take ({@link Fact#tableValues}); null for an input that is not an enum or bool fact. */
    private List<String> inputValues(String input) {
        Fact f = facts.get(input);
        return f == null ? null : f.tableValues();
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
            problems.addAll(ParameterCoverage.problems(p, doc.periodFrom(), doc.periodTo()));
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

    private void tables() {
        duplicates("table", doc.tables().stream().map(TableDef::id).toList());
        Set<String> parameterIds = doc.parameters().stream().map(ParameterDef::id).collect(Collectors.toSet());
        for (TableDef t : doc.tables()) {
            duplicates("row of table " + t.id(), t.rows().stream().map(RowDef::id).toList());
            boolean wellFormed = true;
            for (String input : t.inputs()) {
                if (inputValues(input) == null) {
                    problems.add("table " + t.id() + " has the input " + input + ", which is not a declared enum or bool fact");
                    wellFormed = false;
                }
            }
            for (RowDef r : t.rows()) {
                String where = "row " + r.id() + " of table " + t.id();
                for (String input : r.when().keySet()) {
                    if (!t.inputs().contains(input)) {
                        problems.add(where + " tests " + input + ", which is not an input of the table");
                        wellFormed = false;
                    }
                }
                if (wellFormed) {
                    r.when().forEach((input, values) -> {
                        List<String> allowed = inputValues(input);
                        if (allowed != null) {
                            values.stream().map(String::valueOf).filter(v -> !allowed.contains(v)).forEach(v ->
                                    problems.add(where + " tests " + input + " for " + v + ", which is not one of its values "
                                            + allowed));
                        }
                    });
                }
                ThenDef then = r.then();
                reason(where, then.reason());
                if (Boolean.TRUE.equals(then.fullCost()) && (facts.get(CoreFacts.TRAINING_COST) == null
                        || facts.get(CoreFacts.TRAINING_COST).type() != FactType.DECIMAL)) {
                    problems.add(where + " pays the full cost, which needs the decimal fact " + CoreFacts.TRAINING_COST);
                }
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
                problems.addAll(TableCompleteness.problems(t, this::inputValues));
            }
        }
    }

    private void rules() {
        duplicates("rule", doc.rules().stream().map(RuleDef::id).toList());
        Map<Integer, String> orders = new HashMap<>();
        Set<String> parameterIds = doc.parameters().stream().map(ParameterDef::id).collect(Collectors.toSet());
        Set<String> alwaysConfigured = doc.parameters().stream().filter(p -> p.values().stream().allMatch(v -> v.value() != null))
                .map(ParameterDef::id).collect(Collectors.toSet());
        Set<String> tableIds = doc.tables().stream().map(TableDef::id).collect(Collectors.toSet());
        ConditionLanguage language = new ConditionLanguage(facts);
        for (RuleDef r : doc.rules()) {
            String where = "rule " + r.id();
            String previous = orders.putIfAbsent(r.order(), r.id());
            if (previous != null) {
                problems.add(where + " has order " + r.order() + ", already taken by rule " + previous);
            }
            citation(where, r.citation());
            programmesOf(where, r.programmes());
            reason(where, r.reason());
            if (r.parameter() != null && !parameterIds.contains(r.parameter())) {
                problems.add(where + " refers to parameter " + r.parameter() + ", which the rule set does not define");
            }
            if (r.table() != null && !tableIds.contains(r.table())) {
                problems.add(where + " refers to table " + r.table() + ", which the rule set does not define");
            }
            if (r.fare() != null && (facts.get(r.fare()) == null || facts.get(r.fare()).type() != FactType.DECIMAL)) {
                problems.add(where + " multiplies the fare " + r.fare() + ", which is not a declared decimal fact");
            }
            if (r.when() != null) {
                Condition condition = language.compile(where, r.when(), alwaysConfigured, problems);
                if (condition != null) {
                    conditions.put(r.id(), condition);
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
